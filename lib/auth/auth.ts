import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { clientIp } from "./client-ip";
import { checkCredentials } from "./credentials";

class LockedOut extends CredentialsSignin {
  code = "locked";
}

const credentialsSchema = z.object({ email: z.string().trim().max(254), password: z.string().max(1000) });

export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  // A wrong password is an answer, not a server error: keep it out of the error log.
  logger: {
    error(error) {
      if ((error as { type?: string }).type !== "CredentialsSignin") console.error(error);
    },
  },
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  pages: { signIn: "/en/dashboard/sign-in" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw, request) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        const result = await checkCredentials(parsed.data.email, parsed.data.password, clientIp(request.headers));
        if (!result.ok) {
          if (result.reason === "locked") throw new LockedOut();
          return null;
        }
        return { id: String(result.user.id), email: result.user.email, name: result.user.name };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) {
        token.userId = Number(user.id);
        token.issuedAt = Math.floor(Date.now() / 1000);
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, userId: token.userId as number, issuedAt: token.issuedAt as number };
    },
  },
});
