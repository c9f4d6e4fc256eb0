declare module '*.css?inline' {
  const css: string;
  export default css;
}

declare module 'virtual:astana-matcher' {
  const data: import('./core/matcher').MatcherData;
  export default data;
}

declare module 'virtual:astana-probe-index' {
  /** The probe's Bloom filter of name keys, base64 (src/build/probe-index.ts). */
  const base64: string;
  export default base64;
}
