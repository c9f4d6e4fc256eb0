// @vitest-environment happy-dom
import Mark from 'mark.js';
import { expect, it } from 'vitest';
import { compileMatcher } from '../../src/matcher';
import { ENTITIES } from './matcher-fixtures';

const matcher = compileMatcher(ENTITIES);

function mark(html: string, acrossElements: boolean): string[] {
  const p = document.createElement('p');
  p.innerHTML = html;
  document.body.append(p);
  new Mark(p).markRegExp(matcher.createRegExp(), {
    acrossElements,
    filter: (_node, text) => matcher.resolve(text) !== null,
  });
  const marked = [...p.querySelectorAll('mark')].map((m) => m.textContent ?? '');
  p.remove();
  return marked;
}

it('wraps names across elements with real mark.js, skipping a given name that is not ours', () => {
  expect(mark('Mohammad <b>Alloush</b> met Ahmet Simsek and Mehmet Simsek', true)).toEqual([
    'Mohammad ',
    'Alloush',
    'Mehmet Simsek',
  ]);
});

it('lets mark.js consume namesakes and ambiguous aliases without wrapping them', () => {
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
