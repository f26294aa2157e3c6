// The worker entry: one request, its messages, then the page terminates the worker.
import { openFile, type OpenMessage, type OpenRequest } from './open-protocol';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<OpenRequest>) => void) | null;
  postMessage: (message: OpenMessage) => void;
};

scope.onmessage = (event) => {
  const post = (message: OpenMessage) => scope.postMessage(message);
  // A rejection inside a worker never reaches the page's onerror; it would leave the page waiting.
  openFile(event.data, post).catch((error: unknown) => {
    const reason = error instanceof Error ? error.message : String(error);
    post({
      type: 'failed',
      problems: [
        { file: event.data.fileName, path: '(file)', message: `could not be checked: ${reason}` },
      ],
      total: 1,
    });
  });
};
