import { loadContent } from '../../site/content';
import { contentPath } from '../../site/paths';
import { generateSite } from '../../site/siteRenderer';
import { defaultApplicantRetentionDays } from '../../domain/retention';
import { sampleNow, siteUrl } from './support/sampleRecords';

/** The privacy page as published, in each language, with the period the retention job uses. */
async function privacyPages(applicantRetentionDays?: number) {
  const files = generateSite([], {
    siteUrl,
    content: await loadContent(),
    now: sampleNow,
    applicantRetentionDays,
  });
  return {
    en: files.get(contentPath('privacy', 'en'))!,
    fr: files.get(contentPath('privacy', 'fr'))!,
  };
}

test('the privacy notice states the retention setting in both languages, and the default when unset', async () => {
  const set = await privacyPages(1_095);
  expect(set.en).toContain('deleted 1,095 days after the opportunity ends');
  expect(set.fr).toContain('sont supprimés 1\u00a0095 jours après la');
  for (const page of [set.en, set.fr]) expect(page).not.toContain('{applicantRetentionDays}');

  const unset = await privacyPages();
  expect(defaultApplicantRetentionDays).toBe(730);
  expect(unset.en).toContain('deleted 730 days after the opportunity ends');
  expect(unset.fr).toContain('730 jours');
});
