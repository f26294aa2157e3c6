// The in-page half of scripts/bench-browser.ts, installed with page.addInitScript before any page
// script runs, in the app, the AG Grid peer and the static page alike. Every time is taken inside
// the page: from an input event's timeStamp (or the navigation start) to the end of the next frame,
// that is requestAnimationFrame and then a MessageChannel task, which runs after that frame's paint.
// Plain JavaScript read as text: a function handed to Playwright would be serialised after tsx has
// added its helpers to it.
(() => {
  /** @type {{ rows: string, openName: string | null }} set by the line before this script */
  const config = window.__benchConfig;
  const SHOWN_ROWS = 20;

  const afterNextPaint = (callback) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => callback(performance.now());
      channel.port2.postMessage(null);
    });

  // The element whose children are the body rows; kept while attached, since a query that finds
  // nothing walks the whole document, and at 100,000 systems that is over a million nodes.
  let body = null;
  const rowsElement = () => {
    if (!body || !body.isConnected) body = document.querySelector(config.rows);
    return body;
  };

  const rowIndex = (row) =>
    Number(row.getAttribute('row-index') ?? row.getAttribute('aria-rowindex') ?? NaN);

  /** The first rows in the order a person sees them (a virtual grid's DOM order is not that). */
  function shownRows() {
    const element = rowsElement();
    if (!element) return [];
    const children = element.children;
    let rows = [];
    if (children.length <= 200) {
      rows = [...children];
      if (rows.every((row) => !Number.isNaN(rowIndex(row)))) {
        rows.sort((a, b) => rowIndex(a) - rowIndex(b));
      }
    } else {
      for (let i = 0; i < SHOWN_ROWS * 2; i++) rows.push(children[i]);
    }
    return rows.filter((row) => (row.textContent ?? '').trim() !== '').slice(0, SHOWN_ROWS);
  }

  /** What a person sees of the table: its first rows' text and how many rows are drawn. */
  const signature = () =>
    `${rowsElement()?.childElementCount ?? -1}#${shownRows()
      .map((row) => row.textContent)
      .join('\u241e')}`;

  const failure = () => {
    const alert = document.querySelector('.catalogue-error, .open-failure');
    return alert ? (alert.textContent ?? '').slice(0, 500) : null;
  };

  let openResult = null;

  /** Resolves with the time the first row naming `name` was painted, counted from `since`. */
  function watchOpen(name, since, before) {
    openResult = new Promise((resolve) => {
      const check = () => {
        const problem = failure();
        if (problem) return resolve({ error: problem });
        const present = shownRows().some((row) => (row.textContent ?? '').includes(name));
        if (present && (before === undefined || signature() !== before)) {
          return afterNextPaint((now) => resolve({ painted: now - since }));
        }
        requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });
  }

  if (config.openName) watchOpen(config.openName, 0);

  // Blob URLs are how both pages hand a CSV file to the browser's download.
  let lastBlob = null;
  const createObjectURL = URL.createObjectURL.bind(URL);
  URL.createObjectURL = (object) => {
    lastBlob = { at: performance.now(), size: object instanceof Blob ? object.size : 0 };
    return createObjectURL(object);
  };

  let pending = null;

  window.__bench = {
    opened: () => openResult ?? Promise.resolve({ error: 'nothing is being opened' }),

    /** Times the next file picked in a file input, to the first painted row naming `name`. */
    armFileOpen(name) {
      openResult = null;
      window.addEventListener(
        'change',
        (event) => {
          if (event.target instanceof HTMLInputElement && event.target.type === 'file') {
            watchOpen(name, event.timeStamp, signature());
          }
        },
        { capture: true, once: true },
      );
    },

    /**
     * Times the next `type` event: to the next paint and to the first paint whose table differs
     * from now ('paint'), or to the moment the file is handed over as a blob URL ('download').
     */
    arm(type, mode) {
      const before = signature();
      const result = { nextPaint: null, resultPaint: null, file: null, bytes: null };
      pending = new Promise((resolve) => {
        const settle = () => {
          if (mode === 'download' ? result.file !== null : result.resultPaint !== null) {
            if (result.nextPaint !== null) resolve(result);
          }
        };
        window.addEventListener(
          type,
          (event) => {
            const start = event.timeStamp;
            afterNextPaint((now) => {
              result.nextPaint = now - start;
              settle();
            });
            if (mode === 'download') {
              const handedOver = () => {
                if (lastBlob && lastBlob.at >= start) {
                  result.file = lastBlob.at - start;
                  result.bytes = lastBlob.size;
                  return settle();
                }
                requestAnimationFrame(handedOver);
              };
              return handedOver();
            }
            const check = () => {
              if (signature() === before) return requestAnimationFrame(check);
              afterNextPaint((now) => {
                result.resultPaint = now - start;
                settle();
              });
            };
            requestAnimationFrame(check);
          },
          { capture: true, once: true },
        );
      });
    },

    result: () => pending,
  };
})();
