// Undoes globalSetup: drops the template database, and stops and deletes an embedded server.
import { rm } from 'node:fs/promises';
import { dropDatabase } from './database';
import { takeRunState } from './runState';

export default async function globalTeardown(): Promise<void> {
  const { serverUrl, template, dataDir, stop } = takeRunState();
  if (stop) {
    await stop(); // the whole cluster goes, template included
  } else if (serverUrl && template) {
    await dropDatabase(serverUrl, template);
  }
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
}
