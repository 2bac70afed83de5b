/**
 * Prints the JSON Schema of `StateVisit` (draft 2020-12) in brief, and checks a document
 * with an independent validator (ajv) to show that other languages can use the same contract.
 *
 * Run: npx tsx examples/json-schema.ts
 */
import { Ajv2020 } from 'ajv/dist/2020';
import { JSON_SCHEMA_NAMES, toJSONSchema } from '../src/schemas';

const schema = toJSONSchema('StateVisit');
console.log(`${schema.title} — ${schema.title_ar}`);
console.log(`required: ${schema.required?.join(', ')}`);
for (const [key, property] of Object.entries(schema.properties ?? {})) {
  if (typeof property === 'object') console.log(`  ${key.padEnd(17)} ${String(property.title_ar).padEnd(22)} ${property.title}`);
}
console.log(`\n$defs: ${Object.keys(schema.$defs ?? {}).join(', ')}`);
console.log(`all schemas: ${JSON_SCHEMA_NAMES.join(', ')}`);

// ajv in strict mode: declare ziyara's metadata keywords; dates and URLs are checked by their patterns.
const ajv = new Ajv2020({ strict: true, formats: { date: true, uri: true } });
ajv.addVocabulary(['title_ar', 'title_en', 'description_ar', 'description_en']);
const validate = ajv.compile(schema);

const moroccanVisit = {
  visitor: { office: { title: 'رئيس الحكومة', code: 'prime-minister', country: 'ES' } },
  host: { office: { title: 'العاهل المغربي', code: 'king', country: 'MA' } },
  guestCountry: 'ES',
  hostCountry: 'MA',
  visitType: { type: 'working', text: 'زيارة عمل' },
};
console.log(`\najv accepts a working visit to Rabat: ${validate(moroccanVisit)}`);
console.log(`ajv rejects hostCountry "المغرب": ${!validate({ ...moroccanVisit, hostCountry: 'المغرب' })} (${validate.errors?.[0]?.instancePath} ${validate.errors?.[0]?.message})`);
