import {
  Link,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import type { TargetFigures } from '../../../contract/views';
import type { Route } from '../App';
import { useLocale, useT } from '../i18n';
import { ScrollRegion } from './ScrollRegion';

/** Each stage that has a target, in business days against it, and what is past its target now. */
export function TargetTable({
  figures,
  names,
  onNavigate,
}: {
  figures: TargetFigures;
  /** Names of the people the items wait for, by id. */
  names: Record<string, string>;
  onNavigate: (route: Route) => void;
}) {
  const t = useT();
  const locale = useLocale();
  const days = (n: number | null) => (n === null ? t('tab.dash.noData') : String(n));
  return (
    <>
      <h3 id="targets-heading">{t('tab.dash.targets')}</h3>
      {/* Six columns do not fit a 400-px side panel: the table scrolls, by keyboard too. */}
      <ScrollRegion labelledBy="targets-heading">
        <Table aria-labelledby="targets-heading" data-testid="targets">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('tab.dash.stage')}</TableHeaderCell>
              <TableHeaderCell>{t('tab.dash.target')}</TableHeaderCell>
              <TableHeaderCell>{t('tab.dash.medianDays')}</TableHeaderCell>
              <TableHeaderCell>{t('tab.dash.p90Days')}</TableHeaderCell>
              <TableHeaderCell>{t('tab.dash.overTarget')}</TableHeaderCell>
              <TableHeaderCell>{t('tab.dash.overdueNow')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {figures.againstTarget
              .filter((stage) => stage.targetDays !== null)
              .map((stage) => (
                <TableRow key={stage.state} data-testid={`target-${stage.state}`}>
                  <TableCell>{t(`state.${stage.state}`)}</TableCell>
                  <TableCell>{stage.targetDays}</TableCell>
                  <TableCell>{days(stage.medianDays)}</TableCell>
                  <TableCell>{days(stage.p90Days)}</TableCell>
                  <TableCell>{`${stage.overTarget} / ${stage.count}`}</TableCell>
                  <TableCell>{stage.overdueNow}</TableCell>
                </TableRow>
              ))}
          </TableBody>
        </Table>
      </ScrollRegion>

      <h3>{t('tab.dash.overdue')}</h3>
      {figures.overdue.length === 0 ? (
        <p>{t('tab.dash.overdueNone')}</p>
      ) : (
        <ul data-testid="overdue">
          {figures.overdue.map((item) => (
            <li key={item.id}>
              <Link as="button" onClick={() => onNavigate({ name: 'detail', id: item.id })}>
                {`${item.id} ${(locale === 'fr' ? item.titleFr : item.titleEn) || t('tab.list.untitled')}`}
              </Link>
              {` — ${t('tab.dash.overdueItem', {
                state: t(`state.${item.state}`),
                waited: item.waitedDays,
                target: item.targetDays,
              })}`}
              {item.awaiting
                ? `, ${t('tab.measures.waitsFor', {
                    who:
                      'personId' in item.awaiting
                        ? (names[item.awaiting.personId] ?? item.awaiting.personId)
                        : t(`role.${item.awaiting.role}`),
                  })}`
                : null}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
