import { describe, expect, it } from 'vitest';
import { dateAdvice } from '../../src/validate/date-advice.ts';

describe('dateAdvice: a date written another way gets the same date as YYYY-MM-DD', () => {
  it.each([
    ['28/05/2025', '"28/05/2025" is written day first', 'Write dates as YYYY-MM-DD, e.g. 2025-05-28 (28 May 2025).'],
    ['3.4.2025', '"3.4.2025" is written day first', 'Write dates as YYYY-MM-DD, e.g. 2025-04-03 (3 April 2025).'],
    ['05/28/2025', '"05/28/2025" is written month first', 'Write dates as YYYY-MM-DD, e.g. 2025-05-28 (28 May 2025).'],
    ['2025/05/28', '"2025/05/28" is not written as YYYY-MM-DD', 'Write dates as YYYY-MM-DD, e.g. 2025-05-28 (28 May 2025).'],
    ['2025-9-1', '"2025-9-1" is not written as YYYY-MM-DD', 'Write dates as YYYY-MM-DD, e.g. 2025-09-01 (1 September 2025).'],
    ['31 October 2025', '"31 October 2025" is written in words', 'Write dates as YYYY-MM-DD, e.g. 2025-10-31 (31 October 2025).'],
    ['Oct 31st, 2025', '"Oct 31st, 2025" is written in words', 'Write dates as YYYY-MM-DD, e.g. 2025-10-31 (31 October 2025).'],
    ['2024-11-14T10:00:00', '"2024-11-14T10:00:00" has a time as well as a date', 'Write the date alone, as YYYY-MM-DD: 2024-11-14.'],
    ['2025-10', '"2025-10" has no day', 'Write a whole date as YYYY-MM-DD, e.g. 2025-10-31 for the end of October 2025.'],
    ['February 2024', '"February 2024" has no day', 'Write a whole date as YYYY-MM-DD, e.g. 2024-02-29 for the end of February 2024.'],
    ['31/02/2025', '"31/02/2025" is written day first, and is not a real date', 'Write dates as YYYY-MM-DD, e.g. 2025-05-28, and check the day exists in that month.'],
    ['2025-02-30', '"2025-02-30" is not a real date', 'Write the date as YYYY-MM-DD, e.g. 2024-06-12, and check the day exists in that month.'],
    ['next spring', '"next spring" is not a date', 'Write dates as YYYY-MM-DD, e.g. 2025-05-28.'],
  ])('%s', (value, message, hint) => {
    expect(dateAdvice(value)).toEqual({ message, hint });
  });
});
