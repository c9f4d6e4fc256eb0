// @vitest-environment happy-dom
import Mark from 'mark.js';
import { expect, it } from 'vitest';
import { compileMatcher } from '../../src/core/matcher';
import { ENTITIES } from './matcher-fixtures';

const matcher = compileMatcher(ENTITIES);

function* textNodesOf(root: Node): Generator<Text> {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) yield node as Text;
}

function mark(html: string, acrossElements: boolean): string[] {
  const p = document.createElement('p');
  p.innerHTML = html;
  document.body.append(p);
  const contexts = acrossElements ? [p] : [...textNodesOf(p)];
  for (const context of contexts) {
    const text = context.textContent ?? '';
    const ranges = matcher.find(text).map((m) => ({ start: m.start, length: m.end - m.start }));
    if (ranges.length) new Mark(context as HTMLElement).markRanges(ranges);
  }
  const marked = [...p.querySelectorAll('mark')].map((m) => m.textContent ?? '');
  p.remove();
  return marked;
}

it('wraps the ranges found across elements with real mark.js, skipping a given name that is not ours', () => {
  expect(mark('Mohammad <b>Alloush</b> met Ahmet Simsek and Mehmet Simsek', true)).toEqual([
    'Mohammad ',
    'Alloush',
    'Mehmet Simsek',
  ]);
});

it('consumes namesakes without wrapping them', () => {
  expect(mark('Zahran Alloush and the Kremlin met Mr. Alloush in Kazakhstan', true)).toEqual([
    'Alloush',
    'Kazakhstan',
  ]);
  expect(mark('Hafez al-Assad, then <i>Bashar</i> al-Assad; U.N. and ISIS', true)).toEqual([
    'Bashar',
    ' al-Assad',
    'U.N.',
    'ISIS',
  ]);
});

it('works per text node too', () => {
  expect(mark('Mr. <b>Alloush</b> and Turkey\u2019s Şimşek', false)).toEqual(['Alloush', 'Turkey', 'Şimşek']);
});
