import path from 'node:path';
import { loadConfig } from '../config/load-config.js';
import { loadTaxonomy } from '../extract/index.js';
import type { Runtime } from '../pipeline/runtime.js';
import { createLogger } from '../util/logger.js';

/** The options every command takes. */
export interface GlobalOptions {
  config: string;
  dataDir?: string;
  logLevel: string;
}

/** Config, data folder, taxonomy and logger from the global options; `--data-dir` defaults to the config's folder. */
export function loadRuntime(options: GlobalOptions): Runtime {
  const configFile = path.resolve(options.config);
  const config = loadConfig(configFile);
  return {
    config,
    configFile,
    dataDir: path.resolve(options.dataDir ?? path.dirname(configFile)),
    taxonomy: loadTaxonomy(config.taxonomy),
    logger: createLogger(options.logLevel),
    smtpUrl: process.env['SMTP_URL'] || undefined,
  };
}
