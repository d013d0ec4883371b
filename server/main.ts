/**
 * `npm run server`: starts the live server from WAYMARK_* environment variables and prints one
 * line with its address. Stops cleanly (documents stored) on SIGINT and SIGTERM.
 */
import { readConfigFromEnv } from './config';
import { SERVER_VERSION, startLiveServer } from './liveServer';

const config = readConfigFromEnv();
const server = await startLiveServer(config);
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
