import { makeStyles, tokens } from '@fluentui/react-components';
import { describeRefusal } from '../../../domain/messages';
import type { TimelineEntry } from '../../../contract/views';
import { formatDate } from '../format';
import { useLocale, useT } from '../i18n';

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

/** Who did what and when, with their comments; refused attempts for those allowed to see them. */
export function Timeline({ entries }: { entries: TimelineEntry[] }) {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  if (entries.length === 0) return <p>{t('tab.timeline.empty')}</p>;
  return (
    <ol className={styles.list}>
      {entries.map((entry) => (
        <li
          key={`${entry.type}-${entry.at}-${entry.version}`}
          className={entry.type === 'refusal' ? `${styles.entry} ${styles.refused}` : styles.entry}
        >
          <div className={styles.when}>
            <time dateTime={entry.at}>{formatDate(entry.at, locale)}</time>
          </div>
          {entry.type === 'event' ? (
            <>
              <div>
                {t('tab.timeline.event', {
                  name: entry.system
                    ? t('actor.scheduler')
                    : entry.onBehalfOf
                      ? t('actor.onBehalfOf', {
                          name: entry.actorName,
                          principal: entry.onBehalfOf,
                        })
                      : entry.actorName,
                  intent: t(`intent.${entry.intent}`),
                })}
              </div>
              {entry.copiedFrom ? (
                <div>{t('event.copiedFrom', { source: entry.copiedFrom })}</div>
              ) : null}
              {entry.from && entry.from !== entry.to ? (
                <div>
                  {t('tab.timeline.move', {
                    from: t(`state.${entry.from}`),
                    to: t(`state.${entry.to}`),
                  })}
                </div>
              ) : null}
              {entry.comment ? <blockquote>{entry.comment}</blockquote> : null}
            </>
          ) : (
            <div>
              {t('tab.timeline.refused', {
                name: entry.actorName,
                reason: describeRefusal(entry.refusal, locale),
              })}
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}
