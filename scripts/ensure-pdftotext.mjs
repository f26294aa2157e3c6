// Makes sure poppler's pdftotext is there: the print tests read the text of the PDFs Chromium
// makes. Like ensure-chromium.mjs, it never downloads a binary of its own: it uses Debian's
// poppler-utils package, installing it when it can.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const PDFTOTEXT = '/usr/bin/pdftotext';

if (existsSync(PDFTOTEXT)) {
  console.log(`ensure-pdftotext: using ${PDFTOTEXT}`);
} else {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const isDebian = existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
  if (!isRoot || !isDebian) {
    console.error(
      'ensure-pdftotext: no pdftotext found. Install it with `sudo apt-get install -y poppler-utils`, ' +
        'then run the tests again.',
    );
    process.exit(1);
  }
  console.log("ensure-pdftotext: installing Debian's poppler-utils package…");
  const run = (args) =>
    execFileSync('apt-get', args, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  run(['update', '-qq']);
  run(['install', '-y', '-qq', 'poppler-utils']);
  if (!existsSync(PDFTOTEXT)) {
    console.error('ensure-pdftotext: apt-get finished but pdftotext is still missing.');
    process.exit(1);
  }
}
