// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { ReportView } from "@/components/report/report-view";
import { buildReport } from "@/lib/report/build-report";
import { reportInput } from "./report-fixture";

afterEach(cleanup);

describe("the report page's headline figures", () => {
  it("reads \"not scored yet\", not 100 and a pass, while nothing is annotated, and names the major flags left open", () => {
    render(<ReportView report={buildReport({ ...reportInput(), annotations: [] })} annotations={[]} />);
    expect(screen.getByTestId("mqm-score")).toHaveTextContent("not scored yet");
    expect(screen.getByTestId("mqm-verdict")).not.toHaveTextContent(/pass/i);
    expect(screen.getByTestId("mqm-open-serious")).toHaveTextContent("2 major flags still open");
  });

  it("shows the open major flags beside a pass", () => {
    render(<ReportView report={buildReport(reportInput(), { threshold: 60 })} annotations={[]} />);
    expect(screen.getByTestId("mqm-verdict")).toHaveTextContent("Pass · threshold 60");
    expect(screen.getByTestId("mqm-open-serious")).toHaveTextContent("2 major flags still open");
  });

  it("gives the flags card counts that add up, with the flags edits brought apart", () => {
    render(<ReportView report={buildReport(reportInput())} annotations={[]} />);
    // 6 found = 4 fixed + 1 dismissed + 1 open; the English phrase came with an edit.
    expect(screen.getByTestId("flag-outcomes")).toHaveTextContent("4 fixed · 1 dismissed · 1 open; 1 new after edits (1 open)");
  });
});
