import type { Config } from '../config/config.js';
import type { Taxonomy } from '../extract/taxonomy.js';
import type { Logger } from '../util/logger.js';

/** Everything a command needs, resolved once from the CLI options and the environment. */
export interface Runtime {
  config: Config;
  configFile: string;
  dataDir: string;
  taxonomy: Taxonomy;
  logger: Logger;
  /** From the environment only: secrets never live in the config. */
  smtpUrl: string | undefined;
}
