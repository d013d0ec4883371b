/**
 * `npm run server`: starts the live server from WAYMARK_* environment variables and prints one
 * line with its address. Stops cleanly (documents stored) on SIGINT and SIGTERM.
 */
import { readConfigFromEnv, type ServerConfig } from './config';
import { SERVER_VERSION, startLiveServer, type LiveServer } from './liveServer';

let config: ServerConfig;
let server: LiveServer;
try {
  config = readConfigFromEnv();
  server = await startLiveServer(config);
} catch (error) {
  console.error(`waymark: the live server did not start: ${(error as Error).message}`);
  process.exit(1);
}
const extras = [
  `data ${config.dataFile}`,
  config.redisUrl ? 'redis on' : 'single instance',
  config.staticDir ? `app from ${config.staticDir}/` : 'API only',
];
console.log(`Waymark live server ${SERVER_VERSION} at ${server.url} (${extras.join(', ')})`);

let stopping = false;
const stop = (signal: NodeJS.Signals) => {
  if (stopping) return;
  stopping = true;
  server.close().then(
    () => process.exit(0),
    () => {
      console.error(`waymark: could not stop cleanly after ${signal}`);
      process.exit(1);
    },
  );
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
