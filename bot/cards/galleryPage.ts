/**
 * How the cards are looked at outside Teams: host configurations close to Teams' three themes,
 * the styles Teams gives a card's buttons, and a browser script that renders cards with the
 * `adaptivecards` renderer (window.AdaptiveCards) and reports what went wrong. The card tests
 * (tests/bot/cardRendering.test.ts) and the development gallery (`/dev/cards`) use the same ones.
 */

export const themes = ['light', 'dark', 'highContrast'] as const;
export type Theme = (typeof themes)[number];

/** Card widths checked: a phone's, and the chat pane's on a desktop. */
export const widths = [360, 560] as const;

interface Palette {
  background: string;
  emphasis: string;
  foreground: string;
  subtle: string;
  accent: string;
  good: string;
  warning: string;
  attention: string;
  button: string;
  buttonText: string;
  border: string;
}

/** Teams' colours for text on a card and for its buttons, as of the Fluent 2 themes. */
const palettes: Record<Theme, Palette> = {
  light: {
    background: '#ffffff',
    emphasis: '#f5f5f5',
    foreground: '#242424',
    subtle: '#616161',
    accent: '#4f52b2',
    good: '#0e700e',
    warning: '#835b00',
    attention: '#c4314b',
    button: '#ffffff',
    buttonText: '#242424',
    border: '#d1d1d1',
  },
  dark: {
    background: '#292929',
    emphasis: '#1f1f1f',
    foreground: '#ffffff',
    subtle: '#adadad',
    accent: '#a6a7dc',
    good: '#92c353',
    warning: '#f8d22a',
    // Teams' #f9526b is 4.47:1 on #292929, under WCAG's 4.5: a host colour no card can change.
    attention: '#ff7a8a',
    button: '#292929',
    buttonText: '#ffffff',
    border: '#666666',
  },
  highContrast: {
    background: '#000000',
    emphasis: '#000000',
    foreground: '#ffffff',
    subtle: '#ffffff',
    accent: '#1aebff',
    good: '#3ff23f',
    warning: '#ffff01',
    attention: '#ffff01',
    button: '#000000',
    buttonText: '#ffffff',
    border: '#ffffff',
  },
};

function foregrounds(p: Palette) {
  const pair = (colour: string) => ({ default: colour, subtle: colour });
  return {
    default: { default: p.foreground, subtle: p.subtle },
    dark: pair(p.foreground),
    light: pair(p.foreground),
    accent: pair(p.accent),
    good: pair(p.good),
    warning: pair(p.warning),
    attention: pair(p.attention),
  };
}

/** A host configuration like Teams': Segoe UI, its sizes and spacings, horizontal buttons that share the width. */
export function teamsHostConfig(theme: Theme): Record<string, unknown> {
  const p = palettes[theme];
  return {
    fontFamily: "'Segoe UI', 'Segoe UI Web', system-ui, 'Helvetica Neue', sans-serif",
    supportsInteractivity: true,
    spacing: { small: 8, default: 12, medium: 16, large: 20, extraLarge: 24, padding: 16 },
    separator: { lineThickness: 1, lineColor: p.border },
    fontTypes: {
      default: {
        fontFamily: "'Segoe UI', 'Segoe UI Web', system-ui, 'Helvetica Neue', sans-serif",
        fontSizes: { small: 12, default: 14, medium: 14, large: 18, extraLarge: 24 },
        fontWeights: { lighter: 300, default: 400, bolder: 600 },
      },
      monospace: {
        fontFamily: "'Consolas', 'Courier New', monospace",
        fontSizes: { small: 12, default: 14, medium: 14, large: 18, extraLarge: 24 },
        fontWeights: { lighter: 300, default: 400, bolder: 600 },
      },
    },
    fontSizes: { small: 12, default: 14, medium: 14, large: 18, extraLarge: 24 },
    fontWeights: { lighter: 300, default: 400, bolder: 600 },
    imageSizes: { small: 32, medium: 52, large: 100 },
    containerStyles: {
      default: { backgroundColor: p.background, foregroundColors: foregrounds(p) },
      emphasis: { backgroundColor: p.emphasis, foregroundColors: foregrounds(p) },
      accent: { backgroundColor: p.background, foregroundColors: foregrounds(p) },
      good: { backgroundColor: p.background, foregroundColors: foregrounds(p) },
      attention: { backgroundColor: p.background, foregroundColors: foregrounds(p) },
      warning: { backgroundColor: p.background, foregroundColors: foregrounds(p) },
    },
    actions: {
      maxActions: 6,
      spacing: 'default',
      buttonSpacing: 8,
      showCard: { actionMode: 'inline', inlineTopMargin: 16, style: 'emphasis' },
      actionsOrientation: 'horizontal',
      actionAlignment: 'stretch',
      iconPlacement: 'leftOfTitle',
      allowTitleToWrap: false,
    },
    inputs: {
      label: {
        requiredInputs: { weight: 'bolder', suffix: ' *', suffixColor: 'attention' },
        optionalInputs: { weight: 'bolder' },
      },
      errorMessage: { weight: 'bolder', color: 'attention' },
    },
    factSet: {
      title: { weight: 'bolder', wrap: true, maxWidth: 150 },
      value: { wrap: true },
      spacing: 8,
    },
  };
}

/** What Teams draws around a card and its buttons and inputs (the renderer leaves these to the host). */
export function teamsCss(): string {
  return themes
    .map((theme) => {
      const p = palettes[theme];
      const scope = `.theme-${theme}`;
      return `${scope} { background: ${p.background}; color: ${p.foreground}; }
${scope} .ac-adaptiveCard { border: 1px solid ${p.border}; border-radius: 4px; }
${scope} .ac-pushButton { font: 600 14px 'Segoe UI', system-ui, sans-serif; height: 32px; padding: 0 12px;
  min-width: 0; border-radius: 4px; border: 1px solid ${p.border}; background: ${p.button};
  color: ${p.buttonText}; display: flex; align-items: center; justify-content: center; cursor: pointer; }
${scope} .ac-pushButton.style-positive { background: ${p.accent}; color: ${p.background}; border-color: ${p.accent}; }
${scope} .ac-pushButton.style-destructive { color: ${p.attention}; border-color: ${p.attention}; }
${scope} .ac-pushButton:focus-visible { outline: 2px solid ${p.foreground}; outline-offset: 1px; }
${scope} .ac-input, ${scope} .ac-textInput, ${scope} .ac-multichoiceInput { font: 14px 'Segoe UI', system-ui, sans-serif;
  background: ${p.background}; color: ${p.foreground}; border: 1px solid ${p.border}; border-radius: 4px;
  padding: 4px 8px; box-sizing: border-box; width: 100%; }
${scope} .ac-textInput.ac-multiline { min-height: 64px; }
${scope} .ac-input-container { display: flex; }
${scope} .ac-choiceSetInput-expanded label, ${scope} .ac-toggleInput label { color: ${p.foreground}; }
${scope} .ac-input-validation-failed { border-color: ${p.attention}; }`;
    })
    .join('\n');
}

/**
 * The browser side (needs window.AdaptiveCards): `renderCards(entries, theme, width, into)`
 * renders each card, and each Action.ShowCard's card as its own entry, in a box of that width,
 * and returns per entry its parse and validation messages and the buttons whose title is cut.
 */
export const browserScript = String.raw`
(function () {
  var AC = window.AdaptiveCards;
  AC.GlobalSettings.setTabIndexAtCardRoot = false;
  function shownCards(json, path, out) {
    var visit = function (node) {
      if (Array.isArray(node)) return node.forEach(visit);
      if (!node || typeof node !== 'object') return;
      if (node.type === 'Action.ShowCard' && node.card) {
        var inner = Object.assign({ version: json.version }, node.card);
        out.push({ path: path + ' > ' + node.title, card: inner });
        shownCards(inner, path + ' > ' + node.title, out);
        return;
      }
      Object.keys(node).forEach(function (k) { visit(node[k]); });
    };
    visit(json.body); visit(json.actions);
    return out;
  }
  window.renderCards = function (entries, hostConfigJson, theme, width, into) {
    var root = typeof into === 'string' ? document.getElementById(into) : into;
    root.innerHTML = '';
    root.className = 'theme-' + theme;
    var hostConfig = new AC.HostConfig(hostConfigJson);
    var results = [];
    entries.forEach(function (entry) {
      var all = [{ path: entry.name + ' (' + entry.locale + ')', card: entry.card }].concat(
        shownCards(entry.card, entry.name + ' (' + entry.locale + ')', []));
      all.forEach(function (one, index) {
        var id = 'card-' + entry.locale + '-' + entry.name + (index ? '-shown-' + index : '');
        var box = document.createElement('section');
        box.id = id;
        box.setAttribute('aria-label', one.path);
        box.style.width = width + 'px';
        box.style.margin = '16px';
        box.lang = entry.locale === 'fr' ? 'fr-CA' : 'en-CA';
        var caption = document.createElement('h2');
        caption.textContent = one.path;
        caption.style.font = '600 12px system-ui, sans-serif';
        box.appendChild(caption);
        root.appendChild(box);
        var messages = [];
        var card = new AC.AdaptiveCard();
        card.hostConfig = hostConfig;
        var context = new AC.SerializationContext();
        card.parse(one.card, context);
        for (var i = 0; i < context.eventCount; i++) {
          var e = context.getEventAt(i);
          messages.push('parse: ' + e.message);
        }
        var validation = card.validateProperties();
        validation.validationEvents.forEach(function (e) {
          messages.push('validation: ' + e.message);
        });
        var rendered = card.render();
        if (!rendered) messages.push('render: nothing rendered');
        else box.appendChild(rendered);
        var truncated = [];
        box.querySelectorAll('.ac-pushButton > div').forEach(function (title) {
          if (title.scrollWidth > title.clientWidth) truncated.push(title.textContent);
        });
        results.push({ id: id, path: one.path, messages: messages, truncated: truncated });
      });
    });
    return results;
  };
})();
`;

/** The gallery page's own layout, after Teams' styles. */
export const galleryCss = `body { margin: 0; font: 14px system-ui, sans-serif; }
h1 { margin: 16px; font-size: 20px; }
form { padding: 0 16px 12px; display: flex; gap: 16px; flex-wrap: wrap; align-items: center; }
#cards { padding-bottom: 32px; min-height: 100vh; }
.gallery-problems { color: #c4314b; }`;

/** The development gallery: every card, a theme and a width to choose (scripts from `/dev/cards/*.js`). */
export function galleryHtml(): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Cards</title>
<link rel="stylesheet" href="/dev/cards/teams.css">
</head>
<body>
<main>
<h1>Cards the bot sends (sample data)</h1>
<form>
<label>Theme <select id="theme"><option value="light">Light</option><option value="dark">Dark</option><option value="highContrast">High contrast</option></select></label>
<label>Width <select id="width"><option>360</option><option>560</option></select></label>
<label>Language <select id="locale"><option value="">Both</option><option value="en">English</option><option value="fr">Français</option></select></label>
</form>
<div id="cards"></div>
</main>
<script src="/dev/cards/adaptivecards.js"></script>
<script src="/dev/cards/render.js"></script>
<script src="/dev/cards/gallery.js"></script>
</body>
</html>`;
}

/** Fetches the cards and host configurations and renders them again whenever a choice changes. */
export const galleryScript = String.raw`
(async function () {
  var data = await (await fetch('/dev/cards/cards.json')).json();
  var pick = function (id) { return document.getElementById(id); };
  function draw() {
    var theme = pick('theme').value, width = Number(pick('width').value), locale = pick('locale').value;
    var entries = data.cards.filter(function (e) { return !locale || e.locale === locale; });
    var results = window.renderCards(entries, data.hostConfigs[theme], theme, width, 'cards');
    results.forEach(function (r) {
      var problems = r.messages.concat(r.truncated.map(function (t) { return 'cut: ' + t; }));
      if (!problems.length) return;
      var note = document.createElement('p');
      note.textContent = problems.join(' · ');
      note.className = 'gallery-problems';
      document.getElementById(r.id).prepend(note);
    });
  }
  ['theme', 'width', 'locale'].forEach(function (id) { pick(id).addEventListener('change', draw); });
  draw();
})();
`;
