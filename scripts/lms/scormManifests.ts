/**
 * The `imsmanifest.xml` of the two SCORM packages: one organisation with one item, launched as one
 * SCO at `index.html`, and one resource listing every file of the built course. The item's parameters
 * (`?lms=scorm`) let the course tell a launch whose LMS gives it no API (src/platform/lms/detect.ts).
 * - SCORM 1.2: IMS CP 1.1.2 with the ADL CP 1.2 extension (`adlcp:scormtype`). No `adlcp:masteryscore`:
 *   a 1.2 LMS given one (Moodle by default) replaces the course's `lesson_status` with passed or failed
 *   by the score alone, so a passed exam would read as done with lessons still to learn. The course
 *   applies the mastery score of content/lms.yaml itself.
 * - SCORM 2004 4th edition: IMS CP 1.1.4 with ADL CP/SEQ/NAV v1p3 and IMS SS; the primary objective
 *   is satisfied by measure at the mastery score, so `cmi.scaled_passing_score` reaches the course.
 */
import type { LmsSettings } from '../../src/domain/lms/settings'
import { SCORM_LAUNCH } from '../../src/platform/lms/detect'

export const SCORM12_ID = 'kefu-course-scorm12'
export const SCORM2004_ID = 'kefu-course-scorm2004'

/** Text for an XML element or attribute. */
export function xmlText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}

/** A file's href: its path in the package, with each segment URL-encoded as IMS CP asks. */
function href(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/')
}

function fileList(files: readonly string[], indent: string): string {
  return [...files]
    .sort()
    .map((path) => `${indent}<file href="${xmlText(href(path))}"/>`)
    .join('\n')
}

/**
 * SCORM 1.2's manifest.
 *
 * @example
 * scorm12Manifest(settings, ['index.html', 'assets/app.js']).includes('adlcp:scormtype="sco"') // true
 */
export function scorm12Manifest(settings: LmsSettings, files: readonly string[]): string {
  const title = xmlText(settings.title)
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${SCORM12_ID}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="org-course">
    <organization identifier="org-course">
      <title>${title}</title>
      <item identifier="item-course" identifierref="res-course" isvisible="true" parameters="?${SCORM_LAUNCH.join('=')}">
        <title>${title}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="res-course" type="webcontent" adlcp:scormtype="sco" href="index.html">
${fileList(files, '      ')}
    </resource>
  </resources>
</manifest>
`
}

/**
 * SCORM 2004 4th edition's manifest.
 *
 * @example
 * scorm2004Manifest(settings, ['index.html']).includes('<schemaversion>2004 4th Edition</schemaversion>') // true
 */
export function scorm2004Manifest(settings: LmsSettings, files: readonly string[]): string {
  const title = xmlText(settings.title)
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${SCORM2004_ID}" version="1"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="org-course">
    <organization identifier="org-course">
      <title>${title}</title>
      <item identifier="item-course" identifierref="res-course" isvisible="true" parameters="?${SCORM_LAUNCH.join('=')}">
        <title>${title}</title>
        <imsss:sequencing>
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="course-mastery" satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>${settings.masteryScore}</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
          </imsss:objectives>
          <imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"/>
        </imsss:sequencing>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="res-course" type="webcontent" adlcp:scormType="sco" href="index.html">
${fileList(files, '      ')}
    </resource>
  </resources>
</manifest>
`
}
