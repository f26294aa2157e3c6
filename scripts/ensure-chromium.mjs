// Makes sure a Chromium is there for Playwright. Never downloads a browser build of its own:
// it uses CHROME_PATH or /usr/bin/chromium, else installs Debian's package when it can.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';
const fromEnv = process.env.CHROME_PATH;

function fail(message) {
  console.error(`ensure-chromium: ${message}`);
  process.exit(1);
}

if (fromEnv) {
  if (!existsSync(fromEnv)) fail(`CHROME_PATH is set to ${fromEnv}, but no file is there.`);
  console.log(`ensure-chromium: using CHROME_PATH=${fromEnv}`);
} else if (existsSync(DEBIAN_CHROMIUM)) {
  console.log(`ensure-chromium: using ${DEBIAN_CHROMIUM}`);
} else {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const isDebian = existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
  if (!isRoot || !isDebian) {
    fail(
      "no Chromium found. Install Debian's package with `sudo apt-get install -y chromium` " +
        '(or set CHROME_PATH to a Chromium or Chrome binary), then run the tests again.',
    );
  }
  console.log(
    "ensure-chromium: /usr/bin/chromium is missing; installing Debian's chromium package…",
  );
  const run = (args) =>
    execFileSync('apt-get', args, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  run(['update', '-qq']);
  run(['install', '-y', '-qq', 'chromium']);
  if (!existsSync(DEBIAN_CHROMIUM))
    fail('apt-get finished but /usr/bin/chromium is still missing.');
  console.log('ensure-chromium: installed Debian chromium.');
}
