declare module '*.css?inline' {
  const css: string;
  export default css;
}

declare module 'virtual:astana-matcher' {
  const data: import('./core/matcher').MatcherData;
  export default data;
}
