/** The generated holiday table as data, registered on import (server side and tests; the island gets it as a prop). */
import { HOLIDAY_NAMES, HOLIDAY_RUNS } from "./holiday-table";
import { setHolidayData, type HolidayData } from "./holidays";

export const HOLIDAY_DATA: HolidayData = { names: HOLIDAY_NAMES, runs: HOLIDAY_RUNS };
setHolidayData(HOLIDAY_DATA);
