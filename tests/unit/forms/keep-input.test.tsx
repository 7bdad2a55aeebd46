// @vitest-environment jsdom
import { cleanup, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { LoginForm } from "@/app/login/login-form";
import { UsersClient } from "@/app/users/users-client";
import { renderWithIntl } from "../support/render-with-intl";

const signIn = vi.fn();
const createAccount = vi.fn();
vi.mock("next-auth/react", () => ({ signIn: (...args: unknown[]) => signIn(...args) }));
vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh: vi.fn() }), useSearchParams: () => new URLSearchParams() }));
vi.mock("sonner", () => ({ toast: { success: vi.fn(), error: vi.fn() } }));
vi.mock("@/lib/actions/create-account", () => ({ createAccount: (input: unknown) => createAccount(input) }));
vi.mock("@/lib/actions/change-access", () => ({ changeAccess: vi.fn() }));
vi.mock("@/lib/actions/reset-password", () => ({ resetPassword: vi.fn() }));

afterEach(cleanup);

describe("forms keep what was typed", () => {
  it("a failed sign-in keeps the e-mail and empties the password for another try", async () => {
    signIn.mockResolvedValue({ error: "CredentialsSignin" });
    renderWithIntl(<LoginForm />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText("E-mail"), "ana@example.com");
    await user.type(screen.getByLabelText("Password"), "wrong-password");
    await user.click(screen.getByRole("button", { name: "Sign in" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Wrong e-mail or password, or the account is disabled.");
    expect(screen.getByLabelText("E-mail")).toHaveValue("ana@example.com");
    expect(screen.getByLabelText("Password")).toHaveValue("");
    expect(screen.getByLabelText("Password")).toHaveFocus();
  });

  it("a refused new account keeps the whole form, and a created one clears it", async () => {
    createAccount.mockResolvedValueOnce({ ok: false, error: "An account with the e-mail rui@example.com already exists." });
    renderWithIntl(<UsersClient users={[]} selfId={1} />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText("Name"), "Rui Repetido");
    await user.type(screen.getByLabelText("E-mail"), "rui@example.com");
    await user.type(screen.getByLabelText(/^Password/), "another-password-1");
    await user.selectOptions(screen.getByLabelText("Role"), "viewer");
    await user.click(screen.getByRole("button", { name: "Create account" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("already exists");
    expect(screen.getByLabelText("Name")).toHaveValue("Rui Repetido");
    expect(screen.getByLabelText("E-mail")).toHaveValue("rui@example.com");
    expect(screen.getByLabelText(/^Password/)).toHaveValue("another-password-1");
    expect(screen.getByLabelText("Role")).toHaveValue("viewer");

    createAccount.mockResolvedValueOnce({ ok: true, data: { email: "rita@example.com" } });
    await user.clear(screen.getByLabelText("E-mail"));
    await user.type(screen.getByLabelText("E-mail"), "rita@example.com");
    await user.click(screen.getByRole("button", { name: "Create account" }));
    await waitFor(() => expect(screen.getByLabelText("E-mail")).toHaveValue(""));
    expect(createAccount).toHaveBeenLastCalledWith({ email: "rita@example.com", name: "Rui Repetido", password: "another-password-1", role: "viewer" });
  });
});
