import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv, type ErrorObject } from 'ajv';
import { validateDetailed } from 'node-cron';
import { DEFAULT_MATCH } from '../relevance/defaults.js';
import { compileEntry } from '../relevance/rules.js';
import { readPackageJson } from '../util/package-files.js';
import type { Config, MatchRules } from './config.js';
import { ConfigError } from './config-error.js';
import { DURATION_PATTERN } from './duration.js';

const SCHEMA = readPackageJson<object>('feeds.schema.json');

/** The config as written: the schema's defaults filled in, `to` still a string or a list. */
interface RawConfig extends Omit<Config, 'email' | 'match'> {
  match?: Partial<MatchRules>;
  email: Omit<Config['email'], 'to'> & { to: string | string[] };
}

/**
 * Reads and validates `feeds.json`. Every problem is reported at once, each naming the file,
 * the field path and what is wrong, because a user fixing a config wants the whole list.
 */
export function loadConfig(file: string): Config {
  const raw = parseJsonFile(file);
  const validate = new Ajv({ allErrors: true, useDefaults: true, strict: true }).compile<RawConfig>(SCHEMA);
  if (!validate(raw)) {
    throw new ConfigError(describeProblems(file, (validate.errors ?? []).map(describeSchemaError)));
  }
  const problems = checkSemantics(raw);
  if (problems.length > 0) throw new ConfigError(describeProblems(file, problems));
  return {
    ...raw,
    match: { ...DEFAULT_MATCH, ...raw.match },
    email: { ...raw.email, to: typeof raw.email.to === 'string' ? [raw.email.to] : raw.email.to },
    taxonomy: raw.taxonomy === undefined ? undefined : path.resolve(path.dirname(file), raw.taxonomy),
  };
}

function parseJsonFile(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : (error as Error).message;
    throw new ConfigError(`${file}: cannot read the config: ${reason}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`${file}: invalid JSON: ${locateJsonError(text, (error as Error).message)}`);
  }
}

// V8 reports "at position N"; a person editing the file wants the line and column.
function locateJsonError(text: string, message: string): string {
  const position = /position (\d+)/.exec(message);
  if (!position) return message;
  const before = text.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `${message} (line ${line}, column ${column})`;
}

interface Problem {
  field: string;
  reason: string;
}

function describeProblems(file: string, problems: Problem[]): string {
  return problems.map((problem) => `${file}: ${problem.field}: ${problem.reason}`).join('\n');
}

function describeSchemaError(error: ErrorObject): Problem {
  const field = error.instancePath === '' ? '(top level)' : error.instancePath;
  switch (error.keyword) {
    case 'additionalProperties':
      return { field, reason: `unknown key "${String(error.params['additionalProperty'])}"` };
    case 'required':
      return { field, reason: `missing required key "${String(error.params['missingProperty'])}"` };
    case 'enum':
      return { field, reason: `must be one of ${(error.params['allowedValues'] as unknown[]).map((v) => JSON.stringify(v)).join(', ')}` };
    case 'pattern':
      if (field.endsWith('/url')) return { field, reason: 'must be an http(s) URL' };
      if (error.params['pattern'] === DURATION_PATTERN) return { field, reason: 'must be a duration: a whole number and a unit (90s, 30m, 48h, 7d, 2w)' };
      return { field, reason: `must match ${String(error.params['pattern'])}` };
    default:
      return { field, reason: error.message ?? error.keyword };
  }
}

/** What a schema cannot say: cron syntax, time zones, patterns that compile, unique feed names. */
function checkSemantics(config: RawConfig): Problem[] {
  const problems: Problem[] = [];
  const checkCron = (field: string, expression: string | undefined): void => {
    if (expression === undefined) return;
    const result = validateDetailed(expression);
    if (!result.valid) {
      const details = result.errors.map((e) => `${e.field}: ${e.message}`).join('; ');
      problems.push({ field, reason: `invalid cron expression "${expression}"${details ? ` (${details})` : ''}` });
    }
  };
  const checkRules = (field: string, match: Partial<MatchRules> | undefined): void => {
    for (const key of ['include', 'require', 'exclude'] as const) {
      match?.[key]?.forEach((entry, index) => {
        try {
          compileEntry(entry);
        } catch (error) {
          problems.push({ field: `${field}/${key}/${index}`, reason: `invalid pattern: ${(error as Error).message}` });
        }
      });
    }
  };

  checkCron('/schedule', config.schedule);
  checkCron('/email/digestSchedule', config.email.digestSchedule);
  if (!isTimeZone(config.timezone)) problems.push({ field: '/timezone', reason: `unknown time zone "${config.timezone}"` });
  checkRules('/match', config.match);
  const names = new Set<string>();
  config.feeds.forEach((feed, index) => {
    checkCron(`/feeds/${index}/schedule`, feed.schedule);
    checkRules(`/feeds/${index}/match`, feed.match);
    if (names.has(feed.name)) problems.push({ field: `/feeds/${index}/name`, reason: `duplicate feed name "${feed.name}"` });
    names.add(feed.name);
  });
  return problems;
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
