import { describe, expect, it } from 'vitest';
import { openFile, SYSTEMS_PER_MESSAGE, type OpenMessage } from '../../src/catalogue/open-protocol';
import { builtInAsFile } from '../support/catalogue-file';

const blob = (value: unknown) => new Blob([JSON.stringify(value)], { type: 'application/json' });

async function messagesFor(value: unknown): Promise<OpenMessage[]> {
  const messages: OpenMessage[] = [];
  await openFile({ file: blob(value), fileName: 'mine.json' }, (message) => messages.push(message));
  return messages;
}

describe('openFile (the worker protocol)', () => {
  it('reports progress, sends the systems in chunks, then the rest with the file identity', async () => {
    const file = builtInAsFile() as { catalogue: { systems: { id: string }[] } };
    const one = file.catalogue.systems[0]!;
    file.catalogue.systems = Array.from({ length: SYSTEMS_PER_MESSAGE + 10 }, (_, i) => ({
      ...one,
      id: `s-${i}`,
    }));
    const messages = await messagesFor(file);
    expect(messages[0]).toMatchObject({ type: 'progress', progress: { phase: 'reading' } });
    const chunks = messages.filter((message) => message.type === 'systems');
    expect(chunks.map((chunk) => chunk.type === 'systems' && chunk.systems.length)).toEqual([
      SYSTEMS_PER_MESSAGE,
      10,
    ]);
    const done = messages.at(-1);
    expect(done?.type).toBe('done');
    if (done?.type === 'done') {
      expect(done.identity).toMatchObject({ fileName: 'mine.json', title: 'Built-in, as a file' });
      expect(done.identity.id).toMatch(/^[0-9a-f]{12}$/);
      expect(done.sources).toHaveLength(5);
      expect('systems' in done.catalogue).toBe(false);
    }
  });

  it('ends with the problems, and sends no systems, when the file is refused', async () => {
    const messages = await messagesFor([]);
    expect(messages.map((message) => message.type)).toEqual(['progress', 'failed']);
  });
});
