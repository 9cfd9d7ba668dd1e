import type { Metadata } from "next";
import { requireActor } from "@/lib/platform/session";
import { requirePageAccess } from "@/app/(desk)/require-page-access";
import { listUsers } from "@/lib/data/users";
import { formatDate } from "@/lib/web/format";
import { CreateUserForm, ResetPasswordForm, UserRowForm } from "./user-forms";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const actor = await requireActor();
  requirePageAccess(actor, "/admin/users");
  const users = await listUsers(actor);
  return (
    <>
      <h1>Users</h1>
      <div className="grid-2">
        <section className="panel" aria-label="All users">
          <table>
            <thead>
              <tr>
                <th scope="col">User</th>
                <th scope="col">Role and access</th>
                <th scope="col">Password</th>
              </tr>
            </thead>
            <tbody>
              {users.map((user) => (
                <tr key={user.id}>
                  <td data-label="User">
                    <strong>{user.name}</strong> {!user.active && <span className="badge status-false">Deactivated</span>}
                    <div className="small muted">{user.email} · since {formatDate(user.createdAt)}</div>
                  </td>
                  <td data-label="Role and access"><UserRowForm user={user} /></td>
                  <td data-label="Password"><ResetPasswordForm user={user} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <section className="panel"><CreateUserForm /></section>
      </div>
    </>
  );
}
