import { Checkbox, makeStyles, tokens } from '@fluentui/react-components';
import type { MessageKey } from '../../../../domain/messages';
import { roles, type Role } from '../../../../domain/people';
import { useT } from '../../i18n';

const useStyles = makeStyles({
  group: { border: 'none', margin: 0, padding: 0, display: 'flex', flexWrap: 'wrap', gap: '4px' },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0, marginBottom: '4px' },
  problem: { color: tokens.colorPaletteRedForeground1, flexBasis: '100%', margin: 0 },
});

/** One checkbox per role; checked means the person should hold it. */
export function RoleChoice({
  chosen,
  onChange,
  problem,
  legend = 'tab.people.roleChoice',
}: {
  chosen: readonly Role[];
  onChange: (roles: Role[]) => void;
  /** What is wrong with the choice, said under it. */
  problem?: string;
  legend?: MessageKey;
}) {
  const t = useT();
  const styles = useStyles();
  const toggle = (role: Role, on: boolean) =>
    onChange(roles.filter((r) => (r === role ? on : chosen.includes(r))));
  return (
    <fieldset className={styles.group} aria-describedby={problem ? 'role-problem' : undefined}>
      <legend className={styles.legend}>{t(legend)}</legend>
      {roles.map((role) => (
        <Checkbox
          key={role}
          label={t(`role.${role}`)}
          checked={chosen.includes(role)}
          onChange={(_, data) => toggle(role, data.checked === true)}
        />
      ))}
      {problem ? (
        <p id="role-problem" className={styles.problem}>
          {problem}
        </p>
      ) : null}
    </fieldset>
  );
}
