import { makeStyles, tokens } from '@fluentui/react-components';
import { formatCalendarDate, type Locale } from '../../../../domain/locale';
import { t } from '../../../../domain/messages';
import type { PersonChange } from '../../../../domain/personEvents';
import type { PersonTimelineEntry } from '../../../../contract/views';
import { formatDate } from '../../format';
import { useLocale, useT } from '../../i18n';
import { roleList } from './roleList';

const useStyles = makeStyles({
  list: { listStyle: 'none', padding: 0, margin: 0 },
  entry: {
    borderLeft: `3px solid ${tokens.colorBrandStroke1}`,
    padding: '4px 12px',
    marginBottom: '8px',
  },
  refused: { borderLeft: `3px solid ${tokens.colorPaletteRedBorder2}` },
  when: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

function describeChange(change: PersonChange, locale: Locale): string {
  switch (change.kind) {
    case 'registered':
    case 'recorded':
    case 'rolesGranted':
    case 'rolesRevoked':
    case 'deactivated':
      return t(locale, `tab.people.change.${change.kind}`, {
        roles: roleList(change.roles, locale),
      });
    case 'profileRefreshed':
      return t(locale, 'tab.people.change.profileRefreshed');
    case 'languageChosen':
      return t(locale, 'tab.people.change.languageChosen', {
        language: t(locale, `tab.people.language.${change.locale}`),
      });
    case 'delegated':
      return t(locale, 'tab.people.change.delegated', {
        delegate: change.delegation.delegateName,
        from: formatCalendarDate(change.delegation.from, locale),
        to: formatCalendarDate(change.delegation.to, locale),
      });
    case 'delegationEnded':
      return t(locale, 'tab.people.change.delegationEnded');
  }
}

/** A person's events (who, when, why, what) and the refused attempts on them, oldest first. */
export function PersonTimeline({ entries }: { entries: PersonTimelineEntry[] }) {
  const tr = useT();
  const locale = useLocale();
  const styles = useStyles();
  if (entries.length === 0) return <p>{tr('tab.timeline.empty')}</p>;
  return (
    <ol className={styles.list}>
      {entries.map((entry) => (
        <li
          key={entry.kind === 'event' ? `event-${entry.version}` : `refused-${entry.at}`}
          className={entry.kind === 'refused' ? `${styles.entry} ${styles.refused}` : styles.entry}
        >
          <div className={styles.when}>
            <time dateTime={entry.at}>{formatDate(entry.at, locale)}</time>
          </div>
          {entry.kind === 'event' ? (
            <>
              <div>
                {tr('tab.people.timeline.entry', {
                  why: tr(`tab.people.why.${entry.why}`),
                  name: entry.byName,
                })}
              </div>
              <div>{describeChange(entry.change, locale)}</div>
            </>
          ) : (
            <div>
              {tr('tab.people.timeline.refused', {
                name: entry.byName,
                action: tr(`adminAction.${entry.action}`),
                refusal: tr(`tab.people.refusal.${entry.refusal}`),
              })}
            </div>
          )}
          {entry.reason ? <blockquote>{entry.reason}</blockquote> : null}
        </li>
      ))}
    </ol>
  );
}
