import { makeStyles } from '@fluentui/react-components';

/** The People view's forms: fields stacked, buttons at their natural width. */
export const useFormStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: '12px', alignItems: 'stretch' },
  actions: { display: 'flex', gap: '8px', flexWrap: 'wrap' },
});
