// `npm start`: the Vite dev server with vite.config.ts, serving the demo pages and the sample endpoint.
// Takes the usual Vite flags: `npm start -- --host`, `npm start -- --host 0.0.0.0 --port 8080 --open`.
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const USAGE = 'Options: --host [address], --port <number>, --strictPort, --open [path].';

/** Vite's `server` options from the command line. */
const parseArgs = (args) => {
  const server = {};
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i].split(/=(.*)/s);
    // A flag's value: after `=`, or the next argument unless that is another flag.
    const value = () => inline ?? (args[i + 1] && !args[i + 1].startsWith('-') ? args[++i] : undefined);
    if (flag === '--host') server.host = value() ?? true;
    else if (flag === '--open') server.open = value() ?? true;
    else if (flag === '--strictPort') server.strictPort = true;
    else if (flag === '--port') {
      server.port = Number(value());
      if (!Number.isInteger(server.port)) throw new Error(`--port needs a number. ${USAGE}`);
    } else throw new Error(`Unknown option ${args[i]}. ${USAGE}`);
  }
  return server;
};

let server;
try {
  server = parseArgs(process.argv.slice(2));
} catch (error) {
  console.error(error.message);
  process.exit(2);
}

const vite = await createServer({
  configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)),
  server,
});
await vite.listen();
vite.printUrls();
vite.bindCLIShortcuts({ print: true });
