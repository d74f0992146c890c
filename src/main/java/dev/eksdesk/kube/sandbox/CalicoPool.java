package dev.eksdesk.kube.sandbox;

import dev.eksdesk.domain.net.Ipv4Cidr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Calico's IP pool for the whole cluster, handed to nodes as /26 blocks (Calico's default block
 * size) the first time a node needs one. Thread-safe: nodes come and go from several threads.
 */
final class CalicoPool {
  static final int BLOCK_PREFIX = 26;

  private final Ipv4Cidr pool;
  private final List<Ipv4Cidr> freeBlocks = new ArrayList<>();
  private final Map<String, List<Ipv4Cidr>> blocksByNode = new HashMap<>();

  CalicoPool(Ipv4Cidr pool) {
    this.pool = pool;
    int blocks = (int) (pool.size() >> (32 - BLOCK_PREFIX));
    freeBlocks.addAll(pool.split(BLOCK_PREFIX, blocks));
  }

  Ipv4Cidr cidr() {
    return pool;
  }

  synchronized Optional<Ipv4Cidr> claimBlock(String node) {
    if (freeBlocks.isEmpty()) {
      return Optional.empty();
    }
    Ipv4Cidr block = freeBlocks.remove(0);
    blocksByNode.computeIfAbsent(node, n -> new ArrayList<>()).add(block);
    return Optional.of(block);
  }

  /** A restored node holds these blocks again. */
  synchronized void restoreBlocks(String node, List<Ipv4Cidr> blocks) {
    freeBlocks.removeAll(blocks);
    blocksByNode.computeIfAbsent(node, n -> new ArrayList<>()).addAll(blocks);
  }

  /** Returns the node's blocks to the pool, as calico-kube-controllers does for deleted nodes. */
  synchronized void releaseNode(String node) {
    List<Ipv4Cidr> blocks = blocksByNode.remove(node);
    if (blocks != null) {
      freeBlocks.addAll(blocks);
      freeBlocks.sort(null);
    }
  }
}
