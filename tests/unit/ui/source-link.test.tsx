// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SourceMeta } from '../../../src/core/dataset/schema';
import { SourceLine } from '../../../src/ui/SourceLine';

const WITH_URL: SourceMeta = {
  id: 'with-url',
  outlet: 'Reuters',
  date: '2017-01-24',
  description: 'A source whose address is known.',
  url: 'https://www.reuters.com/example',
  textFile: 'with-url.txt',
};

vi.mock('../../../src/core/dataset', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/core/dataset')>();
  return { ...actual, getSource: (id: string) => (id === WITH_URL.id ? WITH_URL : actual.getSource(id)) };
});

afterEach(() => cleanup());

describe('SourceLine with a url', () => {
  it('links the outlet and date to the source, opening a new tab safely', () => {
    render(<SourceLine sourceId="with-url" />);
    const link = screen.getByRole('link', { name: /Reuters, 24 January 2017/ });
    expect(link.getAttribute('href')).toBe('https://www.reuters.com/example');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toContain('noopener');
  });

  it('still shows no link for the source without one', () => {
    const { container } = render(<SourceLine sourceId="cnn-2017-01-23-astana-talks" />);
    expect(container.textContent).toContain('CNN, 23 January 2017');
    expect(container.querySelector('a')).toBeNull();
  });
});
