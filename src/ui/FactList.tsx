import type { Fact } from '../core/dataset/schema';
import { DATASET_TEXT } from '../platform/i18n';
import { RestoredName } from './RestoredName';
import { SourceLine } from './SourceLine';

export function FactList({ facts }: { facts: readonly Fact[] }) {
  return (
    <ul class="af-facts">
      {facts.map((fact) => (
        <li key={fact.id} class="af-fact" data-fact-id={fact.id}>
          <p class="af-fact-text" {...DATASET_TEXT}>
            {fact.text}
          </p>
          {fact.restoredName ? <RestoredName restored={fact.restoredName} /> : null}
          <SourceLine sourceId={fact.sourceId} factId={fact.id} />
        </li>
      ))}
    </ul>
  );
}
