// The worker entry of the catalogue service: it lives as long as the page holds the catalogue.
import { createCatalogueHost } from './host';
import type { CatalogueReply, CatalogueRequest } from './protocol';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<CatalogueRequest>) => void) | null;
  postMessage: (message: CatalogueReply, transfer: Transferable[]) => void;
};

const host = createCatalogueHost((reply, transfer = []) => scope.postMessage(reply, transfer));
scope.onmessage = (event) => host(event.data);
