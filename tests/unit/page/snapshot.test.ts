import { describe, expect, it } from 'vitest';
import { READ_NODES, readBudget, safeText, takeSnapshot as take } from '@/utils/page/snapshot';
import { detectStep } from '@/utils/steps/detect-step';
import { RULES } from '@/utils/steps/rules';

function page(html: string): Document {
  const doc = document.implementation.createHTMLDocument('Practice');
  doc.body.innerHTML = html;
  return doc;
}
const loc = { hostname: 'harp.cms.gov', pathname: '/register/profile-info', hash: '' };
/** Read without the clock budget (it has its own tests): under load happy-dom's selector matching can run past it. */
const takeSnapshot = (doc: Document, l = loc) => take(doc, l, readBudget(READ_NODES, 60_000));

describe('takeSnapshot', () => {
  it('reads headings, labels and buttons', () => {
    const doc = page(`<h1>HARP</h1><h2>Profile Information</h2><label for="a">First Name</label><input id="a"><button>Next</button>`);
    const s = takeSnapshot(doc, loc);
    expect(s.headings).toEqual(['HARP', 'Profile Information']);
    expect(s.labels).toEqual(['First Name']);
    expect(s.buttons).toEqual(['Next']);
    expect(s.path).toBe('/register/profile-info');
  });

  it('never includes form field values or option texts', () => {
    const doc = page(`
      <h2>Profile Information</h2>
      <label>First Name <input value="SENTINEL-INPUT"></label>
      <label>State <select><option selected>SENTINEL-OPTION</option></select></label>
      <label>Notes <textarea>SENTINEL-TEXTAREA</textarea></label>
      <label>Bio <div contenteditable="true">SENTINEL-EDITABLE</div></label>
      <button>Next<input type="hidden" value="SENTINEL-HIDDEN"></button>`);
    const s = takeSnapshot(doc, loc);
    expect(JSON.stringify(s)).not.toContain('SENTINEL');
    expect(s.labels).toEqual(['First Name', 'State', 'Notes', 'Bio']);
  });

  it('reads only headings on identity-proofing pages', () => {
    const doc = page(`<h2>Verify your Identity</h2><label>Which street did you live on?</label><button>Maple Street</button>`);
    const s = takeSnapshot(doc, loc);
    expect(s.headings).toEqual(['Verify your Identity']);
    expect(s.labels).toEqual([]);
    expect(s.buttons).toEqual([]);
  });

  it('clips long text and caps the number of items', () => {
    const doc = page(`<h2>${'x'.repeat(5000)}</h2>` + '<label>L</label>'.repeat(200));
    const s = takeSnapshot(doc, loc);
    expect(s.headings[0]!.length).toBeLessThanOrEqual(120);
    expect(s.labels.length).toBeLessThanOrEqual(40);
  });

  it('reads the current item of a progress indicator', () => {
    const doc = page(`<ol><li>Profile Information</li><li aria-current="step">Account Information</li></ol>`);
    expect(takeSnapshot(doc, loc).current).toEqual(['Account Information']);
  });

  it('reads text-only elements directly and nested ones by walking, to the same text', () => {
    const doc = page(`<h2>\n  Account&nbsp;  Information\n</h2><h2><span>Account</span> Information</h2><h2><b>Account</b><i> Information</i></h2>`);
    expect([...doc.querySelectorAll('h2')].map(safeText)).toEqual(['Account Information', 'Account Information', 'Account Information']);
    // The direct read still comes after the form-control and editable-region checks.
    const skipped = page(`<textarea>SENTINEL-A</textarea><div contenteditable><label>SENTINEL-B</label></div><select><option>SENTINEL-C</option></select>`);
    expect(['textarea', 'label', 'option'].map((tag) => safeText(skipped.querySelector(tag)!))).toEqual(['', '', '']);
  });

  it('skips hidden text', () => {
    const el = page(`<h2>Visible <span aria-hidden="true">Hidden</span></h2>`).querySelector('h2')!;
    expect(safeText(el)).toBe('Visible');
  });

  it('reads USWDS and class-based step indicators but not .active menu links', () => {
    const doc = page(`
      <nav><ul><li class="active"><a>Profile Information</a></li></ul></nav>
      <ol><li class="usa-step-indicator__segment usa-step-indicator__segment--current" aria-current="true">Account Information</li></ol>
      <ul class="steps"><li class="step active">Remote Proofing</li><li class="step">Confirmation</li></ul>`);
    expect(takeSnapshot(doc, loc).current).toEqual(['Account Information', 'Remote Proofing']);
  });

  it('keeps legends out of identity-proofing pages (the questions come from the credit file)', () => {
    const doc = page(`<h2>Remote Proofing</h2><fieldset><legend>Which county have you lived in?</legend></fieldset>`);
    expect(takeSnapshot(doc, loc).headings).toEqual(['Remote Proofing']);
  });

  it('skips editable regions however they are marked, and reads non-editable ones', () => {
    const doc = page(`<h2>Profile <span contenteditable>SENTINEL-A</span><span contenteditable="plaintext-only">SENTINEL-B</span><span contenteditable="false">Information</span></h2>`);
    expect(takeSnapshot(doc, loc).headings).toEqual(['Profile Information']);
  });
});

/**
 * What a user picked in a widget is a form value too, whether the widget is native or built from ARIA roles: its
 * chosen item (and any text inside a widget) is never read, however it is marked as current or active.
 */
describe('takeSnapshot and the choices made in ARIA widgets', () => {
  const WIDGETS: [string, string][] = [
    ['listbox option, li.active', '<ul role="listbox"><li role="option">Other</li><li role="option" class="active" aria-selected="true">SENTINEL</li></ul>'],
    ['option with aria-current', '<div role="listbox"><div role="option" aria-selected="true" aria-current="true">SENTINEL</div></div>'],
    ['radiogroup, step-like class', '<div role="radiogroup"><div role="radio" class="step active" aria-checked="true">SENTINEL</div></div>'],
    ['tablist of buttons', '<div role="tablist"><button role="tab" aria-selected="true" aria-current="step">SENTINEL</button></div>'],
    ['menu of radio items', '<div role="menu"><div role="menuitemradio" aria-checked="true" aria-current="true">SENTINEL</div></div>'],
    ['menu checkbox item', '<div role="menuitemcheckbox" aria-checked="true" aria-current="step">SENTINEL</div>'],
    ['lone checkbox in a label', '<label><span role="checkbox" aria-checked="true">SENTINEL</span> I agree</label>'],
    ['switch in a label', '<label>Remember me <span role="switch" aria-checked="true">SENTINEL</span></label>'],
    ['combobox showing its value', '<label>State <div role="combobox" aria-expanded="false">SENTINEL</div></label><button role="combobox">SENTINEL</button>'],
    ['grid row', '<div role="grid"><div role="row" aria-selected="true"><span class="step active">SENTINEL</span></div></div>'],
    ['aria-selected alone', '<ul><li class="active" aria-selected="true">SENTINEL</li></ul>'],
    ['aria-checked alone', '<ol><li aria-current="step" aria-checked="true">SENTINEL</li></ol>'],
    ['a choice inside a heading', '<h2>Your role: <span role="listbox"><span role="option" aria-selected="true">SENTINEL</span></span></h2>'],
  ];

  it.each(WIDGETS)('%s: the choice is not read', (_, widget) => {
    const doc = page(`<h2>Profile Information</h2>${widget}<button>Next</button>`);
    const s = takeSnapshot(doc, loc);
    expect(JSON.stringify(s)).not.toContain('SENTINEL');
    expect(s.headings[0]).toBe('Profile Information');
    expect(s.buttons).toContain('Next');
  });

  it('a custom dropdown whose chosen option names a step does not decide the step', () => {
    const doc = page(`<ul role="listbox" aria-label="Jump to"><li role="option">Profile Information</li><li role="option" class="active" aria-selected="true">Account Information</li></ul>`);
    const s = takeSnapshot(doc, { ...loc, pathname: '/somewhere' });
    expect(s.current).toEqual([]);
    expect(detectStep(s, RULES).step).toBeNull();
  });
});
