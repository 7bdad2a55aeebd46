// @vitest-environment jsdom
import { cleanup, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { ReportView } from "@/components/report/report-view";
import { buildReport } from "@/lib/report/build-report";
import { renderWithIntl } from "../support/render-with-intl";
import { reportInput } from "./report-fixture";

afterEach(cleanup);

describe("the report page's headline figures", () => {
  it("reads \"not scored yet\", not 100 and a pass, while nothing is annotated, and names the major flags left open", () => {
    renderWithIntl(<ReportView report={buildReport({ ...reportInput(), annotations: [] })} annotations={[]} />);
    expect(screen.getByTestId("mqm-score")).toHaveTextContent("not scored yet");
    expect(screen.getByTestId("mqm-verdict")).not.toHaveTextContent(/pass/i);
    expect(screen.getByTestId("mqm-open-serious")).toHaveTextContent("2 major flags still open");
  });

  it("shows the open major flags beside a pass", () => {
    renderWithIntl(<ReportView report={buildReport(reportInput(), { threshold: 60 })} annotations={[]} />);
    expect(screen.getByTestId("mqm-verdict")).toHaveTextContent("Pass · threshold 60");
    expect(screen.getByTestId("mqm-open-serious")).toHaveTextContent("2 major flags still open");
  });

  it("gives the flags card counts that add up, with the flags edits brought apart", () => {
    renderWithIntl(<ReportView report={buildReport(reportInput())} annotations={[]} />);
    // 6 found = 4 fixed + 1 dismissed + 1 open; the English phrase came with an edit.
    expect(screen.getByTestId("flag-outcomes")).toHaveTextContent("4 fixed · 1 dismissed · 1 open; 1 new after edits (1 open)");
  });

  it("speaks European Portuguese by default: the verdict, the open flags and the counts", () => {
    renderWithIntl(<ReportView report={buildReport(reportInput(), { threshold: 60 })} annotations={[]} />, { locale: "pt-PT" });
    expect(screen.getByTestId("mqm-verdict")).toHaveTextContent("Aprovado · limiar 60");
    expect(screen.getByTestId("mqm-open-serious")).toHaveTextContent("2 sinalizações maiores ainda por resolver");
    expect(screen.getByTestId("flag-outcomes")).toHaveTextContent("4 corrigidas · 1 descartada · 1 por resolver; 1 nova após edições (1 por resolver)");
  });
});
