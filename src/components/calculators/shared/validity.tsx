/** Which fields of a calculator hold text that could not be read: results and links are stale while any does. */
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useId,
  useMemo,
  useState,
  type ReactNode,
} from "react";

/** Reports a field as invalid (true) or valid (false) under its id. */
type Report = (id: string, invalid: boolean) => void;

const ValidityContext = createContext<Report>(() => {});

/** The set of invalid fields of one calculator, and the provider its fields report to. */
export function useValidity() {
  const [invalid, setInvalid] = useState<ReadonlySet<string>>(() => new Set());
  const report = useCallback<Report>((id, bad) => {
    setInvalid((current) => {
      if (current.has(id) === bad) return current;
      const next = new Set(current);
      if (bad) next.add(id);
      else next.delete(id);
      return next;
    });
  }, []);
  const Provider = useMemo(
    () =>
      function ValidityProvider({ children }: { children: ReactNode }) {
        return <ValidityContext.Provider value={report}>{children}</ValidityContext.Provider>;
      },
    [report],
  );
  return { stale: invalid.size > 0, Provider };
}

/** Tells the calculator whether this field currently holds unreadable text (and forgets it on unmount). */
export function useReportInvalid(invalid: boolean) {
  const report = useContext(ValidityContext);
  const id = useId();
  useEffect(() => report(id, invalid), [report, id, invalid]);
  useEffect(() => () => report(id, false), [report, id]);
}
