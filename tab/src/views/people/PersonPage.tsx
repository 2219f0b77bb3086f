import { Link, MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { PersonDetail } from '../../../../contract/views';
import type { Api } from '../../api';
import type { Me, Route } from '../../App';
import { ErrorBar } from '../../components/ErrorBar';
import { Panel } from '../../components/Panel';
import { formatDate } from '../../format';
import { useLocale, useT } from '../../i18n';
import { DeactivateForm } from './DeactivateForm';
import { PersonTimeline } from './PersonTimeline';
import { RolesForm } from './RolesForm';
import { roleList } from './roleList';

/** GET /api/people/{id}: roles, what waits for them, their timeline; admins change them here. */
export function PersonPage({
  api,
  me,
  id,
  onNavigate,
}: {
  api: Api;
  me: Me;
  id: string;
  onNavigate: (route: Route) => void;
}) {
  const t = useT();
  const locale = useLocale();
  const [person, setPerson] = useState<PersonDetail | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    setError(null);
    api.send('GET /api/people/:id', { params: { id } }).then(
      ({ data }) => live && setPerson(data),
      (e: unknown) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [api, id, attempt]);

  const back = (
    <Link as="button" onClick={() => onNavigate({ name: 'people' })}>
      {t('tab.people.back')}
    </Link>
  );
  if (!person)
    return (
      <>
        {back}
        {error ? (
          <ErrorBar error={error} onRetry={() => setAttempt((n) => n + 1)} />
        ) : (
          <Spinner label={t('tab.loading')} />
        )}
      </>
    );

  const own = person.id === me.id;
  const manage = person.mayManage && !own;
  return (
    <article aria-labelledby="person-heading">
      {back}
      <h2 id="person-heading">{person.name}</h2>
      <p>
        {t('tab.people.facts', {
          email: person.email,
          lastContact: person.lastContactAt
            ? formatDate(person.lastContactAt, locale)
            : t('tab.people.never'),
          version: person.version,
        })}
      </p>
      {person.deactivated ? (
        <MessageBar intent="warning">
          <MessageBarBody>
            {t('tab.people.deactivate.already', { name: person.name })}
          </MessageBarBody>
        </MessageBar>
      ) : null}

      <Panel id="roles-heading" heading={t('tab.people.rolesHeading')}>
        <p data-testid="current-roles">
          {t('tab.people.current', { roles: roleList(person.roles, locale) })}
        </p>
        {person.mayManage && own ? <p>{t('tab.people.own')}</p> : null}
        {manage ? <RolesForm api={api} person={person} onChanged={setPerson} /> : null}
      </Panel>

      {manage && !person.deactivated ? (
        <DeactivateForm api={api} person={person} onChanged={setPerson} />
      ) : null}

      <Panel id="steps-heading" heading={t('tab.people.steps')}>
        {person.openSteps.length === 0 ? (
          <p>{t('tab.people.steps.none')}</p>
        ) : (
          <ul>
            {person.openSteps.map((step) => (
              <li key={step.opportunityId}>
                <Link
                  as="button"
                  onClick={() => onNavigate({ name: 'detail', id: step.opportunityId })}
                >
                  {step.opportunityId}:{' '}
                  {(locale === 'fr' ? step.titleFr : step.titleEn) || step.titleEn || step.titleFr}
                </Link>{' '}
                ({t(`state.${step.state}`)},{' '}
                {step.as === 'named'
                  ? t('tab.people.steps.named')
                  : t('tab.people.steps.role', { role: t(`role.${step.as}`) })}
                )
              </li>
            ))}
          </ul>
        )}
      </Panel>

      <Panel id="person-timeline-heading" heading={t('tab.people.timeline')}>
        <PersonTimeline entries={person.timeline} />
      </Panel>
    </article>
  );
}
