-- The public code of an award (certificate QR → /xac-thuc/<code>): 16 characters of lower-case Crockford base32
-- (no i, l, o, u), each from one byte of gen_random_uuid() (a strong random source) taken modulo 32, using only
-- the uuid bytes that carry no version or variant bits: 80 random bits, unguessable.
CREATE OR REPLACE FUNCTION award_public_code() RETURNS text
LANGUAGE sql VOLATILE PARALLEL SAFE AS $$
  SELECT string_agg(substr('0123456789abcdefghjkmnpqrstvwxyz', (get_byte(r.b, p) % 32) + 1, 1), '' ORDER BY p)
  FROM (SELECT uuid_send(gen_random_uuid()) || uuid_send(gen_random_uuid()) AS b) AS r,
       unnest(ARRAY[0, 1, 2, 3, 4, 5, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19]) AS p
$$;
