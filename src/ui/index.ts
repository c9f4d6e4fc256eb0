export { CategoryChip, CategoryDot } from './CategoryChip';
export { EntityDetails, type EntityDetailsProps } from './EntityDetails';
export { FactList } from './FactList';
export { formatDate } from './format';
export { categoryLabel, categoryPluralLabel, mentionsLabel, t, type MessageKey } from './i18n';
export { QuoteBlock } from './QuoteBlock';
export { SearchBox, type SearchBoxProps } from './SearchBox';
export { SourceLine } from './SourceLine';
export { Switch, type SwitchProps } from './Switch';
