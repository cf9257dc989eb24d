package io.github.novu4j.client.internal;

import java.security.SecureRandom;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Makes the client's automatic idempotency keys: text in the form of a version-4 UUID, never the same
 * twice in one JVM, and as unlikely to collide with another JVM's keys as random UUIDs are.
 *
 * <p>{@code UUID.randomUUID()} draws 16 bytes from a {@link SecureRandom} per key: a lock shared by every
 * thread, a SHA-1 round and, every other key, a read of {@code /dev/urandom}. Here the 122 random bits of
 * a version-4 UUID are drawn once per JVM from a {@code SecureRandom}, and each key adds a counter to
 * them through a bijection: the 64 high bits are the random base (60 random bits beside the version), the
 * 62 low bits are the random base XOR a scrambled counter. Two keys of one JVM differ in their low bits
 * because their counters differ (no collision before 2<sup>62</sup> keys). Keys of two JVMs can only be
 * equal if their 60 random high bits are equal (odds 2<sup>-60</sup>) and then one of their low bits
 * match (odds about n·m/2<sup>62</sup> for n and m keys): n·m/2<sup>122</sup> in all, the odds of two
 * sets of n and m random UUIDs. The keys are unique, not secret: consecutive keys of a JVM are related
 * (an idempotency key is not a credential; Novu scopes it to the API key's environment).
 */
final class IdempotencyKeys {

	private static final long VERSION_4 = 0x4000L;

	private static final long VARIANT_IETF = 0x8000_0000_0000_0000L;

	private static final long LOW_62_BITS = 0x3FFF_FFFF_FFFF_FFFFL;

	private static final long HIGH;

	private static final long LOW_BASE;

	private static final AtomicLong COUNTER = new AtomicLong();

	static {
		SecureRandom random = new SecureRandom();
		HIGH = (random.nextLong() & ~0xF000L) | VERSION_4;
		LOW_BASE = random.nextLong() & LOW_62_BITS;
	}

	private IdempotencyKeys() {
	}

	/** @return a new key, e.g. {@code 3f1c9a52-7be0-4d8e-9a41-0c5e2b7d9f13} */
	static String next() {
		long low = (LOW_BASE ^ scramble(COUNTER.getAndIncrement())) | VARIANT_IETF;
		return new UUID(HIGH, low).toString();
	}

	/**
	 * A bijection of the 62-bit numbers (each step is one: xor with a right shift of itself, multiplication
	 * by an odd number modulo 2<sup>62</sup>), so that consecutive keys do not differ in one digit only.
	 * @param counter the counter, below 2<sup>62</sup> (higher bits are dropped)
	 * @return the scrambled counter, below 2<sup>62</sup>
	 */
	static long scramble(long counter) {
		long x = counter & LOW_62_BITS;
		x ^= x >>> 31;
		x = (x * 0x7FB5_D329_728E_A185L) & LOW_62_BITS;
		x ^= x >>> 27;
		x = (x * 0x81DA_DEF4_BC2D_D44DL) & LOW_62_BITS;
		x ^= x >>> 33;
		return x;
	}

}
