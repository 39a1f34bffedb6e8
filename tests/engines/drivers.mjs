// Firefox and WebKit through W3C WebDriver: the driver runs as a process of its own, started
// here in a new process group, so that stopping the group also stops every browser it started,
// whether the tests passed or not.
import { spawn } from 'node:child_process';
import { mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Executor, HttpClient } from 'selenium-webdriver/http/index.js';
import { WebDriver } from 'selenium-webdriver';

/** The engines the suite runs in, by the name `ENGINE` takes. */
export const ENGINES = ['firefox', 'webkit'];

// A cold browser on a busy two-core machine takes a few seconds; a driver that has not made a
// session by then is stuck (WebKitWebDriver hangs without a display rather than failing).
const SESSION_TIMEOUT_MS = 60_000;
const DRIVER_START_TIMEOUT_MS = 20_000;
const WINDOW = { width: 1280, height: 900 };

/** A free TCP port on loopback (released at once, for a driver to take). */
function freePort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/** How each engine's driver is started and what a new session asks it for. */
const SETUPS = {
  async firefox({ downloads }) {
    const [port, websocketPort] = [await freePort(), await freePort()];
    return {
      port,
      // Without --websocket-port every Firefox would take port 9222 for its BiDi socket, and
      // two runs at once would stop each other's browser.
      command: [process.env.GECKODRIVER ?? 'geckodriver', '--host', '127.0.0.1', '--port', String(port), '--websocket-port', String(websocketPort)],
      capabilities: {
        browserName: 'firefox',
        'moz:firefoxOptions': {
          binary: process.env.FIREFOX ?? '/usr/bin/firefox-esr',
          args: ['-headless'],
          prefs: {
            // Files the app offers are saved in `downloads` without asking.
            'browser.download.folderList': 2,
            'browser.download.dir': downloads,
            'browser.download.useDownloadDir': true,
            'browser.download.always_ask_before_handling_new_types': false,
            'browser.download.start_downloads_in_tmp_dir': false,
            'browser.helperApps.neverAsk.saveToDisk': 'application/json,text/markdown',
            'intl.accept_languages': 'en-US',
          },
        },
      },
    };
  },
  async webkit({ downloads, scratch }) {
    const port = await freePort();
    // MiniBrowser saves downloads in the user's XDG download folder, which GLib reads from
    // user-dirs.dirs in the XDG config folder.
    const config = join(scratch, 'webkit-config');
    mkdirSync(config, { recursive: true });
    writeFileSync(join(config, 'user-dirs.dirs'), `XDG_DOWNLOAD_DIR=${JSON.stringify(downloads)}\n`);
    return {
      port,
      // WebKitGTK has no headless mode here, and without a display its driver hangs: it runs on
      // a virtual X server of its own. -a takes the first free display number from -n on; each
      // driver starts its search at a number of its own, since the display the last test file's
      // server was still leaving looked free and its browser then found no display there.
      command: ['xvfb-run', '-a', '-n', String(100 + (port % 5000)), '-s', '-screen 0 1920x1200x24', process.env.WEBKIT_WEBDRIVER ?? 'WebKitWebDriver', `--port=${port}`],
      env: { XDG_CONFIG_HOME: config },
      // MiniBrowser with its default arguments: arguments given here would replace them, and
      // would have to include --automation.
      capabilities: { 'webkitgtk:browserOptions': {} },
    };
  },
};

/**
 * Starts the driver of `engine` (in a process group of its own); resolves to
 * { newSession(), stop(), downloads }. Its log goes to `logFile`; the browsers' downloads and
 * settings go in the folder `scratch`.
 */
export async function startDriver(engine, { logFile, scratch }) {
  if (!SETUPS[engine]) throw new Error(`ENGINE must be one of ${ENGINES.join(', ')}, not “${engine}”.`);
  const downloads = join(scratch, 'downloads');
  mkdirSync(downloads, { recursive: true });
  const setup = await SETUPS[engine]({ downloads, scratch });
  const log = openSync(logFile, 'w');
  const [program, ...args] = setup.command;
  const child = spawn(program, args, {
    detached: true,
    stdio: ['ignore', log, log],
    env: { ...process.env, ...setup.env },
  });
  let exited = null;
  const exit = new Promise((done) => {
    child.on('exit', (code, signal) => done((exited = { code, signal })));
    child.on('error', (error) => done((exited = { error: error.message })));
  });

  const group = child.pid;
  const killGroup = (signal) => {
    try {
      process.kill(-group, signal);
    } catch {
      // The group has already gone.
    }
  };
  // Also when this test file ends abnormally or is interrupted: no browser outlives the run.
  const onExit = () => killGroup('SIGKILL');
  // Stopped as politely as at the end, so that the driver reaps the browsers it started.
  const onSignal = (signal) => stop().finally(() => process.exit(128 + (signal === 'SIGINT' ? 2 : 15)));
  process.on('exit', onExit);
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  const logTail = () => readFileSync(logFile, 'utf8').split('\n').slice(-20).join('\n');
  const url = `http://127.0.0.1:${setup.port}`;
  const groupAlive = () => {
    try {
      process.kill(-group, 0);
      return true;
    } catch {
      return false;
    }
  };
  const stop = async () => {
    // Politely first, so that the virtual display and the profiles are cleaned up; then by force.
    killGroup('SIGTERM');
    for (const asked = Date.now(); groupAlive() && Date.now() - asked < 5000; ) await sleep(50);
    killGroup('SIGKILL');
    await exit;
    process.off('exit', onExit);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  };

  for (const started = Date.now(); ; await sleep(100)) {
    if (exited) {
      await stop();
      throw new Error(`${program} stopped before it was ready (${JSON.stringify(exited)}):\n${logTail()}`);
    }
    try {
      const status = await (await fetch(`${url}/status`)).json();
      if (status.value?.ready !== false) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() - started > DRIVER_START_TIMEOUT_MS) {
      await stop();
      throw new Error(`${program} did not start within ${DRIVER_START_TIMEOUT_MS / 1000} s:\n${logTail()}`);
    }
  }

  return {
    engine,
    downloads,
    stop,
    /** A new browser with a new profile: empty storage, as a new user has. */
    async newSession() {
      const executor = new Executor(new HttpClient(url));
      let timer;
      const timeout = new Promise((_, fail) => {
        timer = setTimeout(() => fail(new Error(`${engine} made no session within ${SESSION_TIMEOUT_MS / 1000} s:\n${logTail()}`)), SESSION_TIMEOUT_MS);
      });
      try {
        const driver = WebDriver.createSession(executor, setup.capabilities);
        await Promise.race([driver.getSession(), timeout]);
        await driver.manage().window().setRect({ x: 0, y: 0, ...WINDOW });
        return driver;
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
