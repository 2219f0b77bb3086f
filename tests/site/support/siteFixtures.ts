import Ajv from 'ajv-draft-04';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Opportunity } from '../../../domain/opportunity';
import type { SiteContent } from '../../../site/contentPage';
import { contentPages } from '../../../site/paths';
import { generateSite } from '../../../site/siteRenderer';
import { sampleNow, siteUrl } from './sampleRecords';

/** Content for pure tests, without reading site/content from disk. */
export const testContent: SiteContent = {
  en: Object.fromEntries(
    contentPages.map((p) => [p, `# ${p} page\n\nSee [the list](index.html).`]),
  ) as SiteContent['en'],
  fr: Object.fromEntries(
    contentPages.map((p) => [p, `# Page ${p}\n\nVoir [la liste](index.html).`]),
  ) as SiteContent['fr'],
};

export function site(records: readonly Opportunity[], now = sampleNow): Map<string, string> {
  return generateSite(records, { siteUrl, content: testContent, now });
}

export function file(files: Map<string, string>, path: string): string {
  const content = files.get(path);
  if (content === undefined)
    throw new Error(`${path} was not generated; got ${[...files.keys()].join(', ')}`);
  return content;
}

const schemaDir = join(__dirname, '..', 'data');
const readSchema = (name: string) =>
  JSON.parse(readFileSync(join(schemaDir, name), 'utf8')) as object;

/** The OCDS 1.1.5 release package schema, with the release schema it refers to (draft-04). */
export function ocdsValidator() {
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addFormat(
    'date-time',
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/,
  );
  ajv.addFormat('uri', (value: string) => URL.canParse(value));
  ajv.addSchema(readSchema('release-schema.json'));
  return ajv.compile(readSchema('release-package-schema.json'));
}

/** Parses XML after checking it is well-formed; throws with the validator's reason otherwise. */
export function parseXml(xml: string): Record<string, unknown> {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`not well-formed XML: ${JSON.stringify(valid.err)}`);
  return new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(xml) as Record<
    string,
    unknown
  >;
}
