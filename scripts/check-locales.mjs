#!/usr/bin/env node
// Checks public/_locales/*/messages.json against en/messages.json, the source of every message.
//   errors   - missing or extra keys, duplicate keys, empty messages, unknown fields, placeholders
//              objects that differ from en, $NAME$ tokens, %s and $1..$9 that differ from en, stray
//              "$", descriptions that differ from en, a verdict or quote-card message that says
//              "false"/"fake", "Astana Facts" dropped or added, a `uiLocale` message that is not the
//              folder's name (the extension reads it to know its interface language), the stores'
//              length limits on the name and description.
//   warnings - typography per locale (quotes, French spacing, Arabic punctuation), and messages
//              identical to English (often fine: names, domains).
//
//   node scripts/check-locales.mjs [locale...]     exit 1 on any error
//
// tests/unit/locales.test.ts runs it, so a locale that lacks a key of en fails the unit tests.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';

export const LOCALES_DIR = fileURLToPath(new URL('../public/_locales', import.meta.url));

/** Chrome's limits on the manifest's name and description. */
const MAX_LENGTH = { appName: 75, extensionDescription: 132 };

/** Top-level keys in file order, so duplicates (which JSON.parse silently merges) show. */
function topLevelKeys(text) {
  const keys = [];
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      // A string directly inside the outer object, followed by ":", is a key.
      if (depth === 1 && /^\s*:/.test(text.slice(j + 1, j + 40))) keys.push(JSON.parse(text.slice(i, j + 1)));
      i = j;
    } else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') depth--;
  }
  return keys;
}

const count = (text, re) => (text.match(re) ?? []).length;
const tokens = (message) => (message.match(/\$[A-Za-z0-9_@]+\$/g) ?? []).sort();
const positional = (message) => (message.replace(/\$\$/g, '').match(/\$\d/g) ?? []).sort();
const strayDollar = (message) => message.replace(/\$[A-Za-z0-9_@]+\$|\$\$|\$\d/g, '').includes('$');

/** Words a quote verdict must never use ("not in our records" never means false). */
const FALSE_WORDS = {
  fr: /\b(faux|fausse|mensong|trompeu)/i,
  de: /(falsch|gefälscht|unwahr|Fälschung|Lüge)/i,
  es: /\b(falso|falsa|fals[ie]|ment[ií]r|bulo)/i,
  ru: /(ложн|фейк|фальш|неправд|подделк)/i,
  tr: /(yanlış|sahte|uydurma|asılsız)/i,
  ar: /(كاذب|مزيف|مزيّف|مفبرك|خاطئ|كذب)/,
};

/**
 * @param {{ dir?: string, locales?: string[] }} [options] a _locales folder (default: the project's)
 *   and the locales to check (default: every folder but en)
 * @returns {{ errors: string[], warnings: string[], keys: number, locales: string[] }}
 */
export function checkLocales({ dir = LOCALES_DIR, locales: requested = [] } = {}) {
  const errors = [];
  const warnings = [];
  const err = (locale, key, text) => errors.push(`${locale}${key ? ` ${key}` : ''}: ${text}`);
  const warn = (locale, key, text) => warnings.push(`${locale}${key ? ` ${key}` : ''}: ${text}`);
  const locales = requested.length
    ? requested
    : readdirSync(dir).filter((name) => name !== 'en' && existsSync(join(dir, name, 'messages.json'))).sort();

  const load = (locale) => {
    const path = join(dir, locale, 'messages.json');
    if (!existsSync(path)) {
      err(locale, '', `no ${path}`);
      return null;
    }
    const text = readFileSync(path, 'utf8');
    if (text.charCodeAt(0) === 0xfeff) err(locale, '', 'file starts with a BOM');
    let json;
    try {
      json = JSON.parse(text);
    } catch (e) {
      err(locale, '', `not valid JSON: ${e.message}`);
      return null;
    }
    if (!json || typeof json !== 'object' || Array.isArray(json)) {
      err(locale, '', 'not a JSON object');
      return null;
    }
    const seen = new Set();
    for (const key of topLevelKeys(text)) {
      if (seen.has(key)) err(locale, key, 'duplicate key');
      seen.add(key);
    }
    return json;
  };

  /** Typography warnings per locale. */
  const typography = (locale, key, message) => {
    const plain = message.replace(/\$[A-Za-z0-9_@]+\$|%s/g, 'X');
    if (/"/.test(plain)) warn(locale, key, "straight double quote; use the locale's quotes");
    switch (locale) {
      case 'fr':
        if (/[“”„]/.test(plain)) warn(locale, key, 'use « » in French');
        if (/« |«(?![\u202F\u00A0])|(?<![\u202F\u00A0])»| »/.test(plain)) warn(locale, key, '« » need a (narrow) no-break space inside');
        if (/(?<![\u202F\u00A0])[;?!]|(?<!\u00A0)(?<!\u202F):/.test(plain.replace(/https?:\/\//g, ''))) warn(locale, key, 'no-break space needed before : ; ? !');
        if (/'/.test(plain)) warn(locale, key, 'straight apostrophe; use ’');
        break;
      case 'de':
        if (/[«»]/.test(plain) || /“[^“]*“/.test(plain) || /(^|[\s(])“/.test(plain)) warn(locale, key, 'use „…“ in German');
        break;
      case 'ru':
        if (/[“”„]/.test(plain)) warn(locale, key, 'use «…» in Russian');
        break;
      case 'es':
        if (/[“”„]/.test(plain)) warn(locale, key, 'use «…» in Spanish');
        if (/\?/.test(plain) && !/¿/.test(plain)) warn(locale, key, 'question without ¿');
        break;
      case 'tr':
        if (/[«»„]/.test(plain)) warn(locale, key, 'use “…” in Turkish');
        break;
      case 'ar':
        if (/[\u0600-\u06FF]\s*,|,\s*[\u0600-\u06FF]/.test(plain)) warn(locale, key, 'Latin comma in Arabic text; use ،');
        if (/[\u0600-\u06FF][^a-zA-Z]*[;?]/.test(plain)) warn(locale, key, 'Latin ; or ? in Arabic text; use ؛ or ؟');
        if (/[“”„]/.test(plain)) warn(locale, key, 'use «…» in Arabic');
        break;
    }
  };

  const en = load('en');
  if (!en) return { errors, warnings, keys: 0, locales };
  const enKeys = Object.keys(en);
  for (const key of enKeys) {
    if (!/^[A-Za-z0-9_@]+$/.test(key) || key.startsWith('@@')) err('en', key, 'invalid message name');
  }

  const checkOwn = (locale, messages) => {
    if (messages.uiLocale?.message !== locale) err(locale, 'uiLocale', `must be "${locale}", the name of its folder`);
    for (const [key, max] of Object.entries(MAX_LENGTH)) {
      const message = messages[key]?.message;
      if (typeof message === 'string' && [...message].length > max) err(locale, key, `longer than the stores' ${max} characters`);
    }
  };
  checkOwn('en', en);

  for (const locale of locales) {
    const messages = load(locale);
    if (!messages) continue;
    for (const key of enKeys) if (!(key in messages)) err(locale, key, 'missing');
    for (const key of Object.keys(messages)) if (!(key in en)) err(locale, key, 'not in en');
    checkOwn(locale, messages);

    for (const key of enKeys) {
      const source = en[key];
      const entry = messages[key];
      if (!entry) continue;
      if (typeof entry !== 'object' || Array.isArray(entry)) {
        err(locale, key, 'entry is not an object');
        continue;
      }
      for (const field of Object.keys(entry)) {
        if (!['message', 'description', 'placeholders'].includes(field)) err(locale, key, `unknown field "${field}"`);
      }
      const { message } = entry;
      if (typeof message !== 'string' || !message.trim()) {
        err(locale, key, 'empty or missing message');
        continue;
      }
      if (!isDeepStrictEqual(entry.placeholders, source.placeholders)) {
        err(locale, key, `placeholders differ from en: ${JSON.stringify(entry.placeholders)} vs ${JSON.stringify(source.placeholders)}`);
      }
      if (entry.description !== source.description) err(locale, key, 'description differs from en (keep it in English, as in en)');

      const want = tokens(source.message);
      const have = tokens(message);
      if (!isDeepStrictEqual(want, have)) err(locale, key, `placeholder tokens ${JSON.stringify(have)}, en has ${JSON.stringify(want)}`);
      const defined = Object.keys(source.placeholders ?? {});
      for (const token of have) {
        if (!defined.includes(token.slice(1, -1).toLowerCase())) err(locale, key, `${token} is not a defined placeholder`);
      }
      if (!isDeepStrictEqual(positional(message), positional(source.message))) err(locale, key, '$1..$9 usage differs from en');
      if (count(message, /%s/g) !== count(source.message, /%s/g)) err(locale, key, '%s count differs from en');
      if (strayDollar(message)) err(locale, key, 'stray "$" (write $$ for a dollar sign)');
      if (source.message.includes('Astana Facts') !== message.includes('Astana Facts')) {
        err(locale, key, '"Astana Facts" must stay, untranslated, exactly where en has it');
      }
      if (/^(verdict|quoteCard)/.test(key) && FALSE_WORDS[locale]?.test(message)) {
        err(locale, key, 'a quote verdict must never say false or fake');
      }
      if (/\s$|^\s/.test(message)) warn(locale, key, 'leading or trailing whitespace');
      if (source.message.endsWith('…') !== message.endsWith('…')) warn(locale, key, 'ellipsis differs from en');
      if (message === source.message && !/^[$A-Z0-9_%,.\s]*$/.test(message) && !['appName', 'optionsSiteAddPlaceholder'].includes(key)) {
        warn(locale, key, `same as English: ${JSON.stringify(message)}`);
      }
      typography(locale, key, message);
    }
  }
  return { errors, warnings, keys: enKeys.length, locales };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { errors, warnings, keys, locales } = checkLocales({ locales: process.argv.slice(2) });
  console.log(`en: ${keys} keys; checked ${locales.join(', ') || '(no locales)'}`);
  if (warnings.length) console.log(`\n${warnings.length} warning(s):\n  ${warnings.join('\n  ')}`);
  if (errors.length) {
    console.error(`\n${errors.length} error(s):\n  ${errors.join('\n  ')}`);
    process.exit(1);
  }
  console.log('\nOK: every locale has exactly the en keys, placeholders and descriptions.');
}
