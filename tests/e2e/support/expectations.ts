/**
 * What a reader of the source report sees with default settings (places off):
 * every mention in document order, and nothing else.
 */
export const REPORT_MENTIONS: [string, string][] = [
  ['us-government', 'US administration'],
  ['united-nations', 'United Nations'],
  ['astana-talks', 'Astana talks'],
  ['bashar-al-assad', 'Assad'],
  ['mehmet-simsek', 'Mehmet Simsek'],
  ['tass', 'TASS'],
  ['world-economic-forum', 'World Economic Forum'],
  ['mehmet-simsek', 'Simsek'],
  ['bashar-al-assad', 'Assad'],
  ['united-nations', 'UN'],
  ['mohammad-alloush', 'Mohammad Alloush'],
  ['jaish-al-islam', 'Army of Islam'],
  ['geneva-talks', 'Geneva talks'],
  ['isis', 'ISIS'],
  ['syrian-democratic-council', 'Syrian Democratic Council'],
  ['isis', 'ISIS'],
  ['astana-talks', 'Astana talks'],
  ['bashar-al-assad', 'Assad'],
  ['tbs', 'TBS TV'],
  ['astana-talks', 'Astana talks'],
  ['mohammad-alloush', 'Alloush'],
  ['afp', 'AFP'],
];
