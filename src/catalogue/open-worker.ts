// The worker entry: one request, its messages, then the page terminates the worker.
import { openFile, type OpenMessage, type OpenRequest } from './open-protocol';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<OpenRequest>) => void) | null;
  postMessage: (message: OpenMessage) => void;
};

scope.onmessage = (event) => {
  void openFile(event.data, (message) => scope.postMessage(message));
};
