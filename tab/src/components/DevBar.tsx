import {
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { isLocale, type Locale } from '../../../domain/locale';
import type { DevPerson, ThemeName } from '../host';
import { useT } from '../i18n';

export interface DevSettings {
  personId: string;
  locale: Locale;
  theme: ThemeName;
}

const themeNames: ThemeName[] = ['light', 'dark', 'contrast'];

/** Settings live in the address (`?as=…&lang=fr&theme=dark`) so a page can be shared or reloaded. */
export function readDevSettings(people: DevPerson[]): DevSettings | null {
  const params = new URLSearchParams(location.search);
  const person = people.find((p) => p.id === params.get('as')) ?? people[0];
  if (!person) return null;
  const lang = params.get('lang');
  const theme = params.get('theme') as ThemeName | null;
  return {
    personId: person.id,
    locale: isLocale(lang) ? lang : person.locale,
    theme: theme && themeNames.includes(theme) ? theme : 'light',
  };
}

/** Another person starts on their own first view, so the hash is kept only for language and theme. */
function writeDevSettings(settings: DevSettings, keepView: boolean): void {
  const params = new URLSearchParams({
    as: settings.personId,
    lang: settings.locale,
    theme: settings.theme,
  });
  history.replaceState(null, '', `${location.pathname}?${params}${keepView ? location.hash : ''}`);
}

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: '12px',
    alignItems: 'end',
    padding: '8px 24px',
    backgroundColor: tokens.colorNeutralBackground3,
    borderBottom: `2px dashed ${tokens.colorPaletteMarigoldBorderActive}`,
    // Nothing wider than a 400-px side panel: the banner wraps, the choices shrink.
    '& > *': { maxWidth: '100%', minWidth: 0, boxSizing: 'border-box' },
    '& .fui-Select, & select': { maxWidth: '100%', minWidth: 0 },
    '@media (max-width: 560px)': { padding: '8px 12px' },
  },
});

/** Outside Teams on a development server: a clearly marked bar to choose who you are. */
export function DevBar({
  people,
  settings,
  onChange,
}: {
  people: DevPerson[];
  settings: DevSettings;
  onChange: (settings: DevSettings) => void;
}) {
  const t = useT();
  const styles = useStyles();
  const change = (next: DevSettings) => {
    writeDevSettings(next, next.personId === settings.personId);
    onChange(next);
  };
  return (
    <aside className={styles.bar} aria-label={t('tab.dev.banner')}>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>{t('tab.dev.banner')}</MessageBarBody>
      </MessageBar>
      <Field label={t('tab.dev.person')}>
        <Select
          value={settings.personId}
          onChange={(_, data) => {
            const person = people.find((p) => p.id === data.value);
            if (person) change({ ...settings, personId: person.id, locale: person.locale });
          }}
        >
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {`${p.name} (${p.roles.join(', ')})`}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('tab.dev.language')}>
        <Select
          value={settings.locale}
          onChange={(_, data) =>
            isLocale(data.value) && change({ ...settings, locale: data.value })
          }
        >
          <option value="en" lang="en">
            English
          </option>
          <option value="fr" lang="fr">
            Français
          </option>
        </Select>
      </Field>
      <Field label={t('tab.dev.theme')}>
        <Select
          value={settings.theme}
          onChange={(_, data) => change({ ...settings, theme: data.value as ThemeName })}
        >
          {themeNames.map((name) => (
            <option key={name} value={name}>
              {t(`tab.theme.${name}`)}
            </option>
          ))}
        </Select>
      </Field>
    </aside>
  );
}
