package advisor.cli;

import java.util.concurrent.Callable;

/**
 * What every command is: it runs against one {@link Session} and returns its exit code. {@link Main}'s factory
 * hands each command the {@link Env} of the run and the root command's one {@link CommonOptions}.
 */
abstract class SessionCommand implements Callable<Integer> {
    /** The environment of the run, handed over by {@link Main}. */
    Env env;

    /** The root command's common options, handed over by {@link Main}. */
    CommonOptions common;

    @Override
    public final Integer call() throws Exception {
        return run(new Session(env, common));
    }

    /** Runs the command; returns its exit code (see {@link ExitCode}). */
    abstract int run(Session session) throws Exception;
}
