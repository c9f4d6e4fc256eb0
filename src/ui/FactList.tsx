import type { Fact } from '../core/dataset/schema';
import { SourceLine } from './SourceLine';

export function FactList({ facts }: { facts: readonly Fact[] }) {
  return (
    <ul class="af-facts">
      {facts.map((fact) => (
        <li key={fact.id} class="af-fact" data-fact-id={fact.id}>
          <p class="af-fact-text">{fact.text}</p>
          <SourceLine sourceId={fact.sourceId} />
        </li>
      ))}
    </ul>
  );
}
