/**
 * The playground page: reads the text box, reference day and locale hint, runs ziyara (the
 * browser build, `./ziyara.js`) and shows every temporal expression highlighted in place,
 * with its value on hover and in a side list.
 */
import { extractStateVisit, findTemporal, type TemporalMatch, type TemporalOptions } from 'ziyara';
import { describeTemporalValue } from '../src/cli/describe';
import { segmentText } from './highlight';
import { SAMPLES } from './samples';

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`playground: #${id} is missing from index.html`);
  return found as T;
}

const textInput = element<HTMLTextAreaElement>('text');
const referenceInput = element<HTMLInputElement>('reference');
const localeInput = element<HTMLSelectElement>('locale');
const preferInput = element<HTMLSelectElement>('prefer');
const highlighted = element<HTMLDivElement>('highlighted');
const matchList = element<HTMLOListElement>('matches');
const status = element<HTMLParagraphElement>('status');
const samples = element<HTMLDivElement>('samples');
const visitOutput = element<HTMLPreElement>('visit');
const visitSummary = element<HTMLParagraphElement>('visit-summary');

const KIND_LABELS: Record<TemporalMatch['kind'], string> = { date: 'تاريخ', range: 'مدى', duration: 'مدة', time: 'وقت' };

function readOptions(): TemporalOptions {
  const options: TemporalOptions = {};
  if (referenceInput.value) options.reference = referenceInput.value;
  if (localeInput.value) options.locale = localeInput.value;
  if (preferInput.value) options.prefer = preferInput.value as NonNullable<TemporalOptions['prefer']>;
  return options;
}

function markFor(match: TemporalMatch, position: number): HTMLElement {
  const mark = document.createElement('mark');
  mark.className = `temporal kind-${match.kind}`;
  mark.textContent = match.text;
  mark.dataset.position = String(position);
  mark.dataset.kind = match.kind;
  mark.dataset.index = String(match.index);
  mark.dataset.end = String(match.end);
  mark.dataset.value = describeTemporalValue(match.value);
  mark.title = `${KIND_LABELS[match.kind]}: ${mark.dataset.value}`;
  mark.tabIndex = 0;
  return mark;
}

function listItemFor(match: TemporalMatch, position: number): HTMLLIElement {
  const item = document.createElement('li');
  item.dataset.position = String(position);
  item.dataset.kind = match.kind;
  const quoted = document.createElement('span');
  quoted.className = 'match-text';
  quoted.lang = 'ar';
  quoted.dir = 'rtl';
  quoted.textContent = match.text;
  const kind = document.createElement('span');
  kind.className = `kind kind-${match.kind}`;
  kind.textContent = KIND_LABELS[match.kind];
  const value = document.createElement('code');
  value.className = 'match-value';
  value.dir = 'ltr';
  value.textContent = describeTemporalValue(match.value);
  const offsets = document.createElement('small');
  offsets.dir = 'ltr';
  offsets.textContent = `${match.index}–${match.end}`;
  offsets.title = 'UTF-16 offsets [index, end) in the text';
  const details = document.createElement('details');
  const summary = document.createElement('summary');
  summary.textContent = 'JSON';
  const json = document.createElement('pre');
  json.dir = 'ltr';
  json.textContent = JSON.stringify(match.value, null, 2);
  details.append(summary, json);
  item.append(quoted, ' ', kind, ' ', value, ' ', offsets, details);
  // Hovering an item lights up its place in the text, and the other way round.
  item.addEventListener('mouseenter', () => highlighted.querySelector(`mark[data-position="${position}"]`)?.classList.add('active'));
  item.addEventListener('mouseleave', () => highlighted.querySelector(`mark[data-position="${position}"]`)?.classList.remove('active'));
  return item;
}

/** The article read as a StateVisit draft: the validated visit (or null) and the extractor's warnings. */
function renderVisit(text: string): void {
  const options = readOptions();
  const extraction = extractStateVisit(text, options.reference === undefined ? {} : { reference: options.reference });
  visitOutput.textContent = JSON.stringify({ visit: extraction.visit, warnings: extraction.warnings }, null, 2);
  const visit = extraction.visit;
  visitSummary.textContent = visit
    ? `${visit.visitType?.text ?? 'زيارة'} من ${visit.guestCountry ?? '؟'} إلى ${visit.hostCountry ?? '؟'}، ${extraction.statements.length} تصريحات`
    : 'لا زيارة في هذا النص';
}

let runs = 0;

function render(): void {
  const text = textInput.value;
  let matches: TemporalMatch[];
  try {
    matches = findTemporal(text, readOptions());
  } catch (error) {
    status.textContent = (error as Error).message;
    document.body.dataset.state = 'error';
    return;
  }
  const segments = segmentText(text, matches);
  highlighted.replaceChildren(...segments.map((segment) => (segment.match ? markFor(segment.match, matches.indexOf(segment.match)) : document.createTextNode(segment.text))));
  matchList.replaceChildren(...matches.map((match, position) => listItemFor(match, position)));
  status.textContent = matches.length === 0 ? 'لا توجد تعابير زمنية' : `${matches.length} تعبيرًا زمنيًا`;
  renderVisit(text);
  runs++;
  document.body.dataset.runs = String(runs);
  document.body.dataset.state = 'ready';
}

let timer: ReturnType<typeof setTimeout> | undefined;
function scheduleRender(): void {
  clearTimeout(timer);
  timer = setTimeout(render, 120);
}

for (const sample of SAMPLES) {
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = sample.label;
  button.addEventListener('click', () => {
    textInput.value = sample.text;
    referenceInput.value = sample.reference;
    localeInput.value = sample.locale;
    render();
  });
  samples.append(button);
}

highlighted.addEventListener('mouseover', (event) => {
  const mark = (event.target as HTMLElement).closest('mark');
  matchList.querySelectorAll('li.active').forEach((li) => li.classList.remove('active'));
  if (mark) matchList.querySelector(`li[data-position="${mark.dataset.position}"]`)?.classList.add('active');
});
for (const input of [textInput, referenceInput, localeInput, preferInput]) input.addEventListener('input', scheduleRender);
if (!textInput.value && SAMPLES[0]) {
  textInput.value = SAMPLES[0].text;
  referenceInput.value = SAMPLES[0].reference;
}
render();
