/**
 * Example texts for the playground, written for ziyara in the styles of several regions.
 */

/** One example: a label, its text and the reference day it was written on. */
export interface Sample {
  label: string;
  reference: string;
  locale: string;
  text: string;
}

/** The examples offered under the text box. */
export const SAMPLES: readonly Sample[] = [
  {
    label: 'بلاد الشام',
    reference: '2026-01-28',
    locale: 'ar-SY',
    text: 'وصل الرئيس السوري اليوم إلى موسكو في زيارة رسمية هي الثانية له خلال ثلاثة أشهر ونصف، وكان قد زارها في 15 تشرين الأول الماضي. ويرافقه وفد يضم وزيري الخارجية والدفاع، وتستمر الزيارة يومين فقط.',
  },
  {
    label: 'الخليج',
    reference: '2025-11-20',
    locale: 'ar-SA',
    text: 'أكد وزير الخارجية السعودي أمس أن ولي العهد سيقوم بزيارة رسمية إلى باريس مطلع الشهر المقبل، بعد أقل من 4 أشهر على زيارته الأخيرة في 23 ربيع الآخر 1447 هـ.',
  },
  {
    label: 'مصر',
    reference: '2025-06-10',
    locale: 'ar-EG',
    text: 'استقبل الرئيس المصري بعد غد نظيره الكيني في القاهرة، في زيارة تستغرق ثلاثة أيام، وذلك منذ أسبوعين من توقيع اتفاق التعاون في 12 مايو 2025.',
  },
  {
    label: 'المغرب العربي',
    reference: '2025-05-02',
    locale: 'ar-MA',
    text: 'حل وزير الشؤون الخارجية الموريتاني يومه الجمعة بالرباط في زيارة عمل تدوم يومين، على أن يزور الجزائر في 5 جوان المقبل.',
  },
];
